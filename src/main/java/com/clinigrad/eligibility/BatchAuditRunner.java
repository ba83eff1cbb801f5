package com.clinigrad.eligibility;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.Executor;
import java.util.function.Function;
import java.util.function.IntConsumer;
import java.util.stream.Collectors;

import com.clinigrad.accounts.CurrentUser;
import com.clinigrad.accounts.CurrentUsers;
import com.clinigrad.accounts.Role;
import com.clinigrad.eligibility.rules.AuditOutcome;
import com.clinigrad.eligibility.rules.CheckResult;
import com.clinigrad.eligibility.rules.CheckStatus;
import com.clinigrad.eligibility.rules.RuleSet;
import com.clinigrad.organization.HospitalRef;
import com.clinigrad.organization.Organization;
import com.clinigrad.organization.ProgramRef;
import com.clinigrad.shared.BusinessRuleException;
import com.clinigrad.students.StudentCard;
import com.clinigrad.students.StudentKey;
import com.clinigrad.students.StudentRegistry;
import com.clinigrad.students.StudentStatus;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import org.springframework.stereotype.Service;

/**
 * Runs batch audits of one, several or all programs (and a cohort): each
 * {@link BatchAuditRun} runs in the background in chunks on the node it was started on,
 * its progress and result kept in the database ({@link BatchAuditRuns}) so that the page
 * shows them on any node, then is kept for half an hour for the table, its filters and
 * its exports. The same audit asked for again while it runs (on any node) is not run
 * twice. Only the students the caller may see are audited (a hospital office: its
 * hospital's), only offices may run one (graduate school, degree committee, hospital
 * office), and only the caller may open the result.
 */
@Service
public class BatchAuditRunner {

	static final int CHUNK = 1000;

	private final BatchAuditRuns runs;

	private final StudentRegistry students;

	private final DegreeAudit degreeAudit;

	private final ProgramRules programRules;

	private final Organization organization;

	private final CurrentUsers currentUsers;

	private final Executor executor;

	BatchAuditRunner(BatchAuditRuns runs, StudentRegistry students, DegreeAudit degreeAudit, ProgramRules programRules,
			Organization organization, CurrentUsers currentUsers,
			@Qualifier("applicationTaskExecutor") Executor executor) {
		this.runs = runs;
		this.students = students;
		this.degreeAudit = degreeAudit;
		this.programRules = programRules;
		this.organization = organization;
		this.currentUsers = currentUsers;
		this.executor = executor;
	}

	/**
	 * @return the programs a batch audit can cover (those with a rule set), by code
	 */
	public List<ProgramRef> programs() {
		Map<String, ProgramRef> known = this.organization.programs()
			.stream()
			.collect(Collectors.toMap(ProgramRef::code, Function.identity()));
		return this.programRules.programCodes().stream().map((code) -> program(known, code)).toList();
	}

	/**
	 * Starts a batch audit of the caller's students in these programs (and cohort).
	 * @return the run's id
	 * @throws BusinessRuleException when no program is given or one has no rule set
	 */
	public String start(Collection<String> programCodes, Integer cohortYear, LocalDate asOf) {
		BatchAuditRun run = newRun(programCodes, cohortYear, asOf);
		List<StudentKey> keys = this.students.visibleKeysOf(run.programCodes(), cohortYear);
		BatchAuditRun counted = run.withTotal(keys.size());
		Optional<String> running = this.runs.startUnlessRunning(counted);
		if (running.isPresent()) {
			return running.get();
		}
		String id = counted.id();
		this.executor.execute(new DelegatingSecurityContextRunnable(
				() -> this.runs.ended(audit(counted, keys, (done) -> this.runs.progressed(id, done)))));
		return id;
	}

	/**
	 * Runs a batch audit in the calling thread (benchmarks, tests).
	 */
	public BatchAuditRun runNow(Collection<String> programCodes, Integer cohortYear, LocalDate asOf) {
		BatchAuditRun run = newRun(programCodes, cohortYear, asOf);
		List<StudentKey> keys = this.students.visibleKeysOf(run.programCodes(), cohortYear);
		return audit(run.withTotal(keys.size()), keys, (done) -> {
		});
	}

	/**
	 * @throws EligibilityRecordNotFoundException for an unknown run or another user's
	 */
	public BatchAuditRun run(String id) {
		requireOffice();
		BatchAuditRun run = this.runs.find(id).orElse(null);
		if (run == null || !run.owner().equals(this.currentUsers.current().username())) {
			throw new EligibilityRecordNotFoundException("batch " + id);
		}
		return run;
	}

	/**
	 * The rows of a finished run that the query selects: the page shows a page of them,
	 * the exports write them all.
	 * @throws AccessDeniedException when the run has not finished
	 */
	public BatchAuditSelection select(String id, BatchAuditQuery query) {
		BatchAuditRun run = run(id);
		if (run.rows() == null) {
			throw new AccessDeniedException("Batch not finished");
		}
		return BatchAuditSelection.of(run, query);
	}

	private BatchAuditRun newRun(Collection<String> programCodes, Integer cohortYear, LocalDate asOf) {
		CurrentUser user = requireOffice();
		List<ProgramRef> all = programs();
		Set<String> wanted = new TreeSet<>(programCodes);
		List<ProgramRef> chosen = all.stream().filter((program) -> wanted.contains(program.code())).toList();
		if (wanted.isEmpty() || chosen.size() < wanted.size()) {
			throw new BusinessRuleException("batch.error.programs");
		}
		HospitalRef scopeHospital = (!user.universityWide() && user.hospitalCode() != null)
				? this.organization.hospitalByCode(user.hospitalCode()).orElse(null) : null;
		return new BatchAuditRun(UUID.randomUUID().toString(), user.username(), chosen, chosen.size() == all.size(),
				cohortYear, scopeHospital, asOf, 0, 0, List.of(), null, null, 0, null);
	}

	private CurrentUser requireOffice() {
		return this.currentUsers.require(Role.GRAD_SCHOOL, Role.DEGREE_COMMITTEE, Role.HOSPITAL_OFFICE);
	}

	/**
	 * @return the run finished with its rows, or failed
	 */
	private BatchAuditRun audit(BatchAuditRun run, List<StudentKey> keys, IntConsumer progress) {
		long start = System.nanoTime();
		try {
			Map<String, ProgramRef> programs = run.programs()
				.stream()
				.collect(Collectors.toMap(ProgramRef::code, Function.identity()));
			Map<String, HospitalRef> hospitals = this.organization.hospitals()
				.stream()
				.collect(Collectors.toMap(HospitalRef::code, Function.identity()));
			List<BatchAuditRun.Row> rows = new ArrayList<>();
			Set<String> rules = new LinkedHashSet<>();
			Map<String, Set<Integer>> cohortsWithoutRuleSet = new HashMap<>();
			Map<String, Integer> withoutRuleSet = new HashMap<>();
			for (int from = 0; from < keys.size(); from += CHUNK) {
				List<StudentKey> chunk = keys.subList(from, Math.min(keys.size(), from + CHUNK));
				Map<Long, AuditOutcome> outcomes = this.degreeAudit.auditAll(chunk, run.asOf());
				Map<Long, StudentCard> cards = this.students.cardsByIds(chunk.stream().map(StudentKey::id).toList());
				for (StudentKey key : chunk) {
					AuditOutcome outcome = outcomes.get(key.id());
					if (outcome == null) {
						cohortsWithoutRuleSet.computeIfAbsent(key.programCode(), (code) -> new TreeSet<>())
							.add(key.cohortYear());
						withoutRuleSet.merge(key.programCode(), 1, Integer::sum);
						continue;
					}
					Map<String, CheckStatus> statuses = new HashMap<>();
					for (CheckResult check : outcome.checks()) {
						statuses.put(check.rule(), check.status());
						rules.add(check.rule());
					}
					StudentCard card = cards.get(key.id());
					rows.add(new BatchAuditRun.Row(card, programs.get(key.programCode()),
							(card.hospitalCode() != null) ? hospitals.get(card.hospitalCode()) : null,
							outcome.eligibleToDefend(), outcome.eligibleForDegree(), statuses));
				}
				progress.accept(Math.min(keys.size(), from + chunk.size()));
			}
			List<BatchAuditRun.Coverage> coverage = coverage(run, rows, withoutRuleSet, cohortsWithoutRuleSet);
			List<String> ordered = RuleSet.CODES.stream().filter(rules::contains).toList();
			return run.finishedWith(ordered, List.copyOf(rows), coverage, (System.nanoTime() - start) / 1_000_000);
		}
		catch (RuntimeException ex) {
			return run.failed(ex.getClass().getSimpleName());
		}
	}

	private List<BatchAuditRun.Coverage> coverage(BatchAuditRun run, List<BatchAuditRun.Row> rows,
			Map<String, Integer> withoutRuleSet, Map<String, Set<Integer>> cohortsWithoutRuleSet) {
		Map<String, Map<StudentStatus, Long>> counts = this.students.visibleCountsOf(run.programCodes(),
				run.cohortYear());
		Map<String, Long> audited = rows.stream()
			.collect(Collectors.groupingBy((row) -> row.student().programCode(), Collectors.counting()));
		List<BatchAuditRun.Coverage> coverage = new ArrayList<>();
		for (ProgramRef program : run.programs()) {
			Map<StudentStatus, Long> left = new EnumMap<>(StudentStatus.class);
			counts.getOrDefault(program.code(), Map.of()).forEach((status, count) -> {
				if (!StudentStatus.AWAITING_DEGREE.contains(status)) {
					left.put(status, count);
				}
			});
			coverage.add(new BatchAuditRun.Coverage(program, audited.getOrDefault(program.code(), 0L).intValue(), left,
					withoutRuleSet.getOrDefault(program.code(), 0),
					List.copyOf(cohortsWithoutRuleSet.getOrDefault(program.code(), Set.of()))));
		}
		return List.copyOf(coverage);
	}

	private static ProgramRef program(Map<String, ProgramRef> known, String code) {
		ProgramRef program = known.get(code);
		return (program != null) ? program : new ProgramRef(code, code, code, null, null, null, null, 0);
	}

}
