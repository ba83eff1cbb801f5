package com.clinigrad.eligibility;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import com.clinigrad.accounts.CurrentUsers;
import com.clinigrad.accounts.Role;
import com.clinigrad.courses.FailureStanding;
import com.clinigrad.courses.StudentCourses;
import com.clinigrad.eligibility.rules.AuditOutcome;
import com.clinigrad.eligibility.rules.CheckResult;
import com.clinigrad.eligibility.rules.CheckStatus;
import com.clinigrad.rotations.ResidencyExams;
import com.clinigrad.students.StudentKey;
import com.clinigrad.students.StudentRegistry;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Warnings and diversion cases (DOMAIN §7). A scan of the records raises warnings before
 * a rule bites (semester 4 without a license, clinical months behind, one failed required
 * course, a milestone overdue) and opens a case when one fires (no license by the end of
 * semester 5, the course-failure thresholds, a failed rotation retake, a failed defense)
 * with the outcomes the rules allow ({@link CaseTrigger}). What happens to a case then is
 * {@link DiversionCaseWorkflow}'s.
 */
@Service
public class DiversionCaseScan {

	private final JdbcClient jdbc;

	private final StudentRegistry students;

	private final DegreeAudit degreeAudit;

	private final StudentCourses courses;

	private final CurrentUsers currentUsers;

	private final ResidencyExams residencyExams;

	private final AtRiskRecords atRisk;

	private final ApplicationEventPublisher events;

	DiversionCaseScan(JdbcClient jdbc, StudentRegistry students, DegreeAudit degreeAudit, StudentCourses courses,
			CurrentUsers currentUsers, ResidencyExams residencyExams, AtRiskRecords atRisk,
			ApplicationEventPublisher events) {
		this.events = events;
		this.residencyExams = residencyExams;
		this.atRisk = atRisk;
		this.jdbc = jdbc;
		this.students = students;
		this.degreeAudit = degreeAudit;
		this.courses = courses;
		this.currentUsers = currentUsers;
	}

	/**
	 * Scans every student in training; graduate-school staff.
	 * @return how many warnings and cases are open after the scan
	 */
	@Transactional
	public int scan(LocalDate today) {
		this.currentUsers.require(Role.GRAD_SCHOOL);
		return scanAll(today);
	}

	/**
	 * The scan without a caller check, for the demo loader and the nightly run.
	 */
	@Transactional
	public int scanAll(LocalDate today) {
		oneScanAtATime();
		List<StudentKey> keys = this.students.keysInTraining();
		record(keys, today);
		// students who left training: nothing of theirs waits any more
		this.jdbc.sql("""
				update diversion_case set status = :resolved, version = version + 1
				where status in (:waiting) and not (student_id = any(:ids))
				""")
			.param("resolved", CaseStatus.RESOLVED.name())
			.param("waiting", CaseStatus.names(CaseStatus.WAITING))
			.param("ids", keys.stream().map(StudentKey::id).toArray(Long[]::new))
			.update();
		this.atRisk.retainOnly(keys.stream().map(StudentKey::id).toList());
		return this.jdbc.sql("select count(*) from diversion_case where status in (:waiting)")
			.param("waiting", CaseStatus.names(CaseStatus.WAITING))
			.query(Integer.class)
			.single();
	}

	/**
	 * Scans only these students, as soon as something in their records changed: their
	 * warnings and cases appear or close within seconds instead of at the nightly scan. A
	 * student no longer in training has nothing waiting any more.
	 */
	@Transactional
	public void rescan(Collection<Long> studentIds, LocalDate today) {
		if (studentIds.isEmpty()) {
			return;
		}
		oneScanAtATime();
		List<StudentKey> keys = this.students.keysInTraining(studentIds);
		record(keys, today);
		Set<Long> inTraining = keys.stream().map(StudentKey::id).collect(Collectors.toSet());
		Long[] left = studentIds.stream().filter((id) -> !inTraining.contains(id)).toArray(Long[]::new);
		if (left.length > 0) {
			this.jdbc.sql("""
					update diversion_case set status = :resolved, version = version + 1
					where status in (:waiting) and student_id = any(:ids)
					""")
				.param("resolved", CaseStatus.RESOLVED.name())
				.param("waiting", CaseStatus.names(CaseStatus.WAITING))
				.param("ids", left)
				.update();
			this.atRisk.forget(List.of(left));
		}
	}

	/**
	 * Scans run one after the other, on every node: two at once for students they share
	 * (the re-checks after two imports, a re-check and the nightly scan or the demo's
	 * scan) wrote the same deadlines and cases in different orders, chunk by chunk, and
	 * PostgreSQL ended one of them as a deadlock (the re-check's event left unhandled, or
	 * the demo's start refused). The lock is released with the transaction.
	 */
	private void oneScanAtATime() {
		this.jdbc.sql("select pg_advisory_xact_lock(hashtext('clinigrad.diversion-case-scan'))").query().listOfRows();
	}

	/**
	 * Audits the students in chunks and records what triggers: new warnings and cases
	 * opened, warnings that no longer apply resolved; what is new is published
	 * ({@link WarningsRaised}, {@link DiversionCasesOpened}), once per scan.
	 */
	private void record(List<StudentKey> keys, LocalDate today) {
		Map<Long, String> numbers = new HashMap<>();
		keys.forEach((key) -> numbers.put(key.id(), key.studentNo()));
		List<ScanFinding> warnings = new ArrayList<>();
		List<ScanFinding> opened = new ArrayList<>();
		Map<Long, List<String[]>> found = new HashMap<>();
		for (int from = 0; from < keys.size(); from += BatchAuditRunner.CHUNK) {
			List<StudentKey> chunk = keys.subList(from, Math.min(keys.size(), from + BatchAuditRunner.CHUNK));
			Map<Long, AuditOutcome> outcomes = this.degreeAudit.auditAll(chunk, today);
			Map<Long, FailureStanding> standings = this.courses
				.standingsOf(chunk.stream().map(StudentKey::id).toList());
			Map<Long, Boolean> residency = this.residencyExams
				.latestPassed(chunk.stream().map(StudentKey::id).toList());
			for (StudentKey key : chunk) {
				found.put(key.id(),
						triggers(key, outcomes.get(key.id()), standings.get(key.id()), residency.get(key.id()), today));
			}
			this.atRisk.recordDeadlines(chunk, outcomes, today);
		}
		for (Map.Entry<Long, List<String[]>> entry : found.entrySet()) {
			List<String> codes = entry.getValue().stream().map((t) -> t[1]).toList();
			Map<String, Object> params = new HashMap<>(Map.of("s", entry.getKey(), "resolved",
					CaseStatus.RESOLVED.name(), "warning", CaseLevel.WARNING.name(), "open", CaseStatus.OPEN.name()));
			if (!codes.isEmpty()) {
				params.put("codes", codes);
			}
			this.jdbc.sql("""
					update diversion_case set status = :resolved, version = version + 1
					where student_id = :s and level = :warning and status = :open
					""" + (codes.isEmpty() ? "" : " and trigger_code not in (:codes)")).params(params).update();
			for (String[] trigger : entry.getValue()) {
				// one waiting per student and trigger (diversion_case_open): a found one
				// stays as it is
				CaseTrigger raised = CaseTrigger.valueOf(trigger[1]);
				this.jdbc.sql("""
						insert into diversion_case (student_id, level, trigger_code, detail, options, status)
						values (:s, :level, :code, :detail, :options, :open)
						on conflict do nothing returning id
						""")
					.param("s", entry.getKey())
					.param("level", trigger[0])
					.param("code", trigger[1])
					.param("detail", trigger[2])
					.param("options", raised.storedOptions())
					.param("open", CaseStatus.OPEN.name())
					.query(Long.class)
					.optional()
					.ifPresent((id) -> ((raised.level() == CaseLevel.WARNING) ? warnings : opened)
						.add(new ScanFinding(id, entry.getKey(), numbers.get(entry.getKey()), raised)));
			}
		}
		if (!warnings.isEmpty()) {
			this.events.publishEvent(new WarningsRaised(warnings));
		}
		if (!opened.isEmpty()) {
			this.events.publishEvent(new DiversionCasesOpened(opened));
		}
		this.atRisk.publish(keys.stream().map(StudentKey::id).toList());
	}

	/**
	 * @param residencyPassed whether the latest residency completion exam passed
	 * ({@code null}: not sat)
	 * @return {level, trigger, detail} of each warning or case that applies
	 */
	static List<String[]> triggers(StudentKey student, AuditOutcome outcome, FailureStanding failures,
			Boolean residencyPassed, LocalDate today) {
		List<String[]> triggers = new ArrayList<>();
		if (failures != null) {
			if (failures.level() == FailureStanding.Level.THRESHOLD) {
				triggers.add(CaseTrigger.COURSE_FAILURES
					.found(failures.total() + " / " + failures.worstTermCount() + " (" + failures.worstTerm() + ")"));
			}
			else if (failures.level() == FailureStanding.Level.WARNING) {
				triggers.add(CaseTrigger.ONE_FAILED_COURSE.found(String.valueOf(failures.total())));
			}
		}
		if (outcome == null) {
			return triggers;
		}
		for (CheckResult check : outcome.checks()) {
			CheckStatus status = check.status();
			switch (check.rule()) {
				case "MEDICAL_LICENSE" -> {
					if (status == CheckStatus.FAIL) {
						triggers.add(CaseTrigger.NO_LICENSE.found(date(check.required())));
					}
					else if (status == CheckStatus.PENDING
							&& !today.isBefore(LocalDate.of(student.cohortYear() + 2, 2, 1))) {
						triggers.add(CaseTrigger.LICENSE_SOON.found(date(check.required())));
					}
				}
				case "RESIDENCY_CERTIFICATE" -> {
					if (!status.satisfied() && Boolean.FALSE.equals(residencyPassed)) {
						triggers.add(CaseTrigger.RESIDENCY_EXAM_FAILED.found(""));
					}
				}
				case "ROTATION_EXAMS_PASSED" -> {
					if (status == CheckStatus.FAIL) {
						triggers.add(CaseTrigger.ROTATION_RETAKE_FAILED.found(check.actual()));
					}
				}
				case "MILESTONE_DEFENSE" -> {
					if (status == CheckStatus.FAIL) {
						triggers.add(CaseTrigger.DEFENSE_FAILED.found(check.actual()));
					}
				}
				case "MILESTONE_PROPOSAL" -> {
					if (!status.satisfied() && today.isAfter(CheckDeadlines.proposalDue(student.cohortYear()))) {
						triggers.add(CaseTrigger.MILESTONE_OVERDUE.found("PROPOSAL"));
					}
				}
				case "CLINICAL_MONTHS" -> {
					double required = Double.parseDouble(check.required());
					double actual = Double.parseDouble(check.actual());
					long elapsed = java.time.temporal.ChronoUnit.MONTHS
						.between(LocalDate.of(student.cohortYear(), 9, 1), today);
					double expected = Math.min(required, required * elapsed / 36.0);
					if (!status.satisfied() && elapsed > 6 && actual < expected - 3) {
						triggers.add(CaseTrigger.CLINICAL_BEHIND
							.found(String.format(java.util.Locale.ROOT, "%.1f/%.0f", actual, expected)));
					}
				}
				default -> {
				}
			}
		}
		return triggers;
	}

	private static String date(String text) {
		java.util.regex.Matcher matcher = java.util.regex.Pattern.compile("\\d{4}-\\d{2}-\\d{2}").matcher(text);
		return matcher.find() ? matcher.group() : text;
	}

}
