package com.clinigrad.eligibility;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;

import com.clinigrad.accounts.CurrentUser;
import com.clinigrad.accounts.CurrentUsers;
import com.clinigrad.eligibility.rules.AuditOutcome;
import com.clinigrad.eligibility.rules.CheckResult;
import com.clinigrad.eligibility.rules.RuleSet;
import com.clinigrad.students.StudentCard;
import com.clinigrad.students.StudentKey;
import com.clinigrad.students.StudentRegistry;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import org.springframework.stereotype.Service;

/**
 * Runs batch audits of a program or a cohort: each {@link BatchAuditRun} runs in the
 * background in chunks, so that the page can show the progress, then is kept for half an
 * hour for the table, its filters and the xlsx export. Only the students the caller may
 * see are audited, and only the caller may open the result.
 */
@Service
public class BatchAuditRunner {

	static final int CHUNK = 1000;

	private static final long KEEP_MILLIS = 30 * 60 * 1000L;

	private final Map<String, BatchAuditRun> runs = new ConcurrentHashMap<>();

	private final Map<String, Long> started = new ConcurrentHashMap<>();

	private final StudentRegistry students;

	private final DegreeAudit degreeAudit;

	private final CurrentUsers currentUsers;

	private final Executor executor;

	private final AuditMessages messages;

	BatchAuditRunner(StudentRegistry students, DegreeAudit degreeAudit, CurrentUsers currentUsers,
			@Qualifier("applicationTaskExecutor") Executor executor, AuditMessages messages) {
		this.students = students;
		this.degreeAudit = degreeAudit;
		this.currentUsers = currentUsers;
		this.executor = executor;
		this.messages = messages;
	}

	/**
	 * Starts a batch audit of the caller's students in a program (and cohort).
	 * @return the run's id
	 */
	public String start(String programCode, Integer cohortYear, LocalDate asOf) {
		CurrentUser user = this.currentUsers.current();
		List<StudentKey> keys = this.students.visibleKeysOf(programCode, cohortYear);
		String id = UUID.randomUUID().toString();
		this.runs.put(id, new BatchAuditRun(id, user.username(), programCode, cohortYear, asOf, keys.size(), 0,
				List.of(), null, 0, null));
		expireOld();
		this.started.put(id, System.currentTimeMillis());
		this.executor.execute(new DelegatingSecurityContextRunnable(() -> audit(id, keys)));
		return id;
	}

	/**
	 * Runs a batch audit in the calling thread (benchmarks, tests).
	 */
	public BatchAuditRun runNow(String programCode, Integer cohortYear, LocalDate asOf) {
		CurrentUser user = this.currentUsers.current();
		List<StudentKey> keys = this.students.visibleKeysOf(programCode, cohortYear);
		String id = UUID.randomUUID().toString();
		this.runs.put(id, new BatchAuditRun(id, user.username(), programCode, cohortYear, asOf, keys.size(), 0,
				List.of(), null, 0, null));
		audit(id, keys);
		return this.runs.remove(id);
	}

	/**
	 * @throws DegreeAudit.AuditedStudentNotFoundException for an unknown run or another
	 * user's
	 */
	public BatchAuditRun run(String id) {
		BatchAuditRun run = this.runs.get(id);
		if (run == null || !run.owner().equals(this.currentUsers.current().username())) {
			throw new DegreeAudit.AuditedStudentNotFoundException("batch " + id);
		}
		return run;
	}

	/**
	 * The finished batch as an xlsx workbook, one row per student and one column per
	 * rule.
	 */
	public byte[] xlsx(String id, Locale locale) {
		BatchAuditRun run = run(id);
		if (run.rows() == null) {
			throw new AccessDeniedException("Batch not finished");
		}
		try (SXSSFWorkbook workbook = new SXSSFWorkbook(200)) {
			Sheet sheet = workbook.createSheet(run.programCode());
			CellStyle header = workbook.createCellStyle();
			header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
			header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
			Row top = sheet.createRow(0);
			List<String> columns = new ArrayList<>(List.of(this.messages.label("batch.column.studentNo", locale),
					this.messages.label("batch.column.name", locale),
					this.messages.label("batch.column.cohort", locale),
					this.messages.label("batch.column.hospital", locale), "eligibleToDefend", "eligibleForDegree"));
			columns.addAll(run.rules());
			for (int c = 0; c < columns.size(); c++) {
				Cell cell = top.createCell(c);
				cell.setCellValue(columns.get(c));
				cell.setCellStyle(header);
			}
			int r = 1;
			for (BatchAuditRun.Row row : run.rows()) {
				Row line = sheet.createRow(r++);
				line.createCell(0).setCellValue(row.student().studentNo());
				line.createCell(1).setCellValue(row.student().name());
				line.createCell(2).setCellValue(row.student().cohortYear());
				line.createCell(3).setCellValue(String.valueOf(row.student().hospitalCode()));
				line.createCell(4).setCellValue(row.eligibleToDefend());
				line.createCell(5).setCellValue(row.eligibleForDegree());
				for (int c = 0; c < run.rules().size(); c++) {
					String status = row.status(run.rules().get(c));
					line.createCell(6 + c).setCellValue((status != null) ? status : "");
				}
			}
			sheet.createFreezePane(2, 1);
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			workbook.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private void audit(String id, List<StudentKey> keys) {
		long start = System.nanoTime();
		List<BatchAuditRun.Row> rows = new ArrayList<>();
		Set<String> rules = new LinkedHashSet<>();
		try {
			for (int from = 0; from < keys.size(); from += CHUNK) {
				List<StudentKey> chunk = keys.subList(from, Math.min(keys.size(), from + CHUNK));
				Map<Long, AuditOutcome> outcomes = this.degreeAudit.auditAll(chunk, this.runs.get(id).asOf());
				Map<Long, StudentCard> cards = this.students.cardsByIds(chunk.stream().map(StudentKey::id).toList());
				for (StudentKey key : chunk) {
					AuditOutcome outcome = outcomes.get(key.id());
					if (outcome == null) {
						continue;
					}
					Map<String, String> statuses = new HashMap<>();
					for (CheckResult check : outcome.checks()) {
						statuses.put(check.rule(), check.status().name());
						rules.add(check.rule());
					}
					rows.add(new BatchAuditRun.Row(cards.get(key.id()), outcome.eligibleToDefend(),
							outcome.eligibleForDegree(), statuses));
				}
				BatchAuditRun run = this.runs.get(id);
				this.runs.put(id, new BatchAuditRun(id, run.owner(), run.programCode(), run.cohortYear(), run.asOf(),
						run.total(), Math.min(run.total(), from + chunk.size()), List.of(), null, 0, null));
			}
			List<String> ordered = RuleSet.CODES.stream().filter(rules::contains).toList();
			BatchAuditRun run = this.runs.get(id);
			this.runs.put(id,
					new BatchAuditRun(id, run.owner(), run.programCode(), run.cohortYear(), run.asOf(), run.total(),
							run.total(), ordered, List.copyOf(rows), (System.nanoTime() - start) / 1_000_000, null));
		}
		catch (RuntimeException ex) {
			BatchAuditRun run = this.runs.get(id);
			this.runs.put(id, new BatchAuditRun(id, run.owner(), run.programCode(), run.cohortYear(), run.asOf(),
					run.total(), run.done(), List.of(), null, 0, ex.getClass().getSimpleName()));
		}
	}

	private void expireOld() {
		long now = System.currentTimeMillis();
		this.started.entrySet().removeIf((entry) -> {
			boolean old = now - entry.getValue() > KEEP_MILLIS;
			if (old) {
				this.runs.remove(entry.getKey());
			}
			return old;
		});
	}

}
