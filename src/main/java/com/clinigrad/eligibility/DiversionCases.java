package com.clinigrad.eligibility;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.clinigrad.accounts.CurrentUser;
import com.clinigrad.accounts.CurrentUsers;
import com.clinigrad.accounts.Role;
import com.clinigrad.courses.FailureStanding;
import com.clinigrad.courses.StudentCourses;
import com.clinigrad.eligibility.rules.AuditOutcome;
import com.clinigrad.eligibility.rules.CheckResult;
import com.clinigrad.shared.BusinessRuleException;
import com.clinigrad.shared.SchoolTime;
import com.clinigrad.students.StatusChangeCommand;
import com.clinigrad.students.StudentCard;
import com.clinigrad.rotations.ResidencyExams;
import com.clinigrad.students.StudentKey;
import com.clinigrad.students.StudentRegistry;
import com.clinigrad.students.StudentStatus;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Warnings and diversion cases (DOMAIN §7). A scan of the records raises warnings before
 * a rule bites (semester 4 without a license, clinical months behind, one failed required
 * course, a milestone overdue) and opens a case when one fires (no license by the end of
 * semester 5, the course-failure thresholds, a failed rotation retake, a failed defense)
 * with the outcomes the rules allow. The student states a choice, the graduate school
 * decides, and the decision changes the student's status; a delayed student receives no
 * scholarship or stipend.
 */
@Service
public class DiversionCases {

	static final Map<String, List<String>> OPTIONS = Map.of("NO_LICENSE",
			List.of("TRANSFER_ACADEMIC", "DELAY", "WITHDRAWAL"), "COURSE_FAILURES", List.of("WITHDRAWAL"),
			"ROTATION_RETAKE_FAILED", List.of("TRANSFER_ACADEMIC", "WITHDRAWAL"), "DEFENSE_FAILED",
			List.of("DELAY", "COMPLETION"), "RESIDENCY_EXAM_FAILED", List.of("DELAY", "GRADUATE_NO_DEGREE"));

	static final Map<String, StudentStatus> OUTCOME_STATUS = Map.of("DELAY", StudentStatus.DELAYED, "TRANSFER_ACADEMIC",
			StudentStatus.TRANSFERRED_ACADEMIC, "WITHDRAWAL", StudentStatus.WITHDRAWN, "COMPLETION",
			StudentStatus.COMPLETED_NO_DEGREE, "GRADUATE_NO_DEGREE", StudentStatus.GRADUATED_NO_DEGREE);

	private final JdbcClient jdbc;

	private final StudentRegistry students;

	private final DegreeAudits audits;

	private final StudentCourses courses;

	private final CurrentUsers currentUsers;

	private final ResidencyExams residencyExams;

	DiversionCases(JdbcClient jdbc, StudentRegistry students, DegreeAudits audits, StudentCourses courses,
			CurrentUsers currentUsers, ResidencyExams residencyExams) {
		this.residencyExams = residencyExams;
		this.jdbc = jdbc;
		this.students = students;
		this.audits = audits;
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
		List<StudentKey> keys = this.students.keysInTraining();
		record(keys, today);
		// students who left training: nothing of theirs waits any more
		this.jdbc.sql("""
				update diversion_case set status = 'RESOLVED', version = version + 1
				where status in ('OPEN', 'CHOSEN') and not (student_id = any(:ids))
				""").param("ids", keys.stream().map(StudentKey::id).toArray(Long[]::new)).update();
		return this.jdbc.sql("select count(*) from diversion_case where status in ('OPEN', 'CHOSEN')")
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
		List<StudentKey> keys = this.students.keysInTraining(studentIds);
		record(keys, today);
		Set<Long> inTraining = keys.stream().map(StudentKey::id).collect(Collectors.toSet());
		Long[] left = studentIds.stream().filter((id) -> !inTraining.contains(id)).toArray(Long[]::new);
		if (left.length > 0) {
			this.jdbc.sql("""
					update diversion_case set status = 'RESOLVED', version = version + 1
					where status in ('OPEN', 'CHOSEN') and student_id = any(:ids)
					""").param("ids", left).update();
		}
	}

	/**
	 * Audits the students in chunks and records what triggers: new warnings and cases
	 * opened, warnings that no longer apply resolved.
	 */
	private void record(List<StudentKey> keys, LocalDate today) {
		Map<Long, List<String[]>> found = new HashMap<>();
		for (int from = 0; from < keys.size(); from += BatchAudits.CHUNK) {
			List<StudentKey> chunk = keys.subList(from, Math.min(keys.size(), from + BatchAudits.CHUNK));
			Map<Long, AuditOutcome> outcomes = this.audits.auditAll(chunk, today);
			Map<Long, FailureStanding> standings = this.courses
				.standingsOf(chunk.stream().map(StudentKey::id).toList());
			Map<Long, Boolean> residency = this.residencyExams
				.latestPassed(chunk.stream().map(StudentKey::id).toList());
			for (StudentKey key : chunk) {
				found.put(key.id(),
						triggers(key, outcomes.get(key.id()), standings.get(key.id()), residency.get(key.id()), today));
			}
		}
		for (Map.Entry<Long, List<String[]>> entry : found.entrySet()) {
			List<String> codes = entry.getValue().stream().map((t) -> t[1]).toList();
			this.jdbc.sql("""
					update diversion_case set status = 'RESOLVED', version = version + 1
					where student_id = :s and level = 'WARNING' and status = 'OPEN'
					""" + (codes.isEmpty() ? "" : " and trigger_code not in (:codes)"))
				.params(codes.isEmpty() ? Map.of("s", entry.getKey()) : Map.of("s", entry.getKey(), "codes", codes))
				.update();
			for (String[] trigger : entry.getValue()) {
				this.jdbc.sql("""
						insert into diversion_case (student_id, level, trigger_code, detail, options)
						values (:s, :level, :code, :detail, :options)
						on conflict (student_id, trigger_code) where status in ('OPEN', 'CHOSEN') do nothing
						""")
					.param("s", entry.getKey())
					.param("level", trigger[0])
					.param("code", trigger[1])
					.param("detail", trigger[2])
					.param("options", String.join(",", OPTIONS.getOrDefault(trigger[1], List.of())))
					.update();
			}
		}
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
				triggers.add(new String[] { "CASE", "COURSE_FAILURES",
						failures.total() + " / " + failures.worstTermCount() + " (" + failures.worstTerm() + ")" });
			}
			else if (failures.level() == FailureStanding.Level.WARNING) {
				triggers.add(new String[] { "WARNING", "ONE_FAILED_COURSE", String.valueOf(failures.total()) });
			}
		}
		if (outcome == null) {
			return triggers;
		}
		for (CheckResult check : outcome.checks()) {
			String status = check.status().name();
			switch (check.rule()) {
				case "MEDICAL_LICENSE" -> {
					if ("FAIL".equals(status)) {
						triggers.add(new String[] { "CASE", "NO_LICENSE", date(check.required()) });
					}
					else if ("PENDING".equals(status)
							&& !today.isBefore(LocalDate.of(student.cohortYear() + 2, 2, 1))) {
						triggers.add(new String[] { "WARNING", "LICENSE_SOON", date(check.required()) });
					}
				}
				case "RESIDENCY_CERTIFICATE" -> {
					if (!check.status().satisfied() && Boolean.FALSE.equals(residencyPassed)) {
						triggers.add(new String[] { "CASE", "RESIDENCY_EXAM_FAILED", "" });
					}
				}
				case "ROTATION_EXAMS_PASSED" -> {
					if ("FAIL".equals(status)) {
						triggers.add(new String[] { "CASE", "ROTATION_RETAKE_FAILED", check.actual() });
					}
				}
				case "MILESTONE_DEFENSE" -> {
					if ("FAIL".equals(status)) {
						triggers.add(new String[] { "CASE", "DEFENSE_FAILED", check.actual() });
					}
				}
				case "MILESTONE_PROPOSAL" -> {
					if (!"PASS".equals(status) && !"WAIVED".equals(status)
							&& today.isAfter(LocalDate.of(student.cohortYear() + 1, 6, 30))) {
						triggers.add(new String[] { "WARNING", "MILESTONE_OVERDUE", "PROPOSAL" });
					}
				}
				case "CLINICAL_MONTHS" -> {
					double required = Double.parseDouble(check.required());
					double actual = Double.parseDouble(check.actual());
					long elapsed = java.time.temporal.ChronoUnit.MONTHS
						.between(LocalDate.of(student.cohortYear(), 9, 1), today);
					double expected = Math.min(required, required * elapsed / 36.0);
					if (!check.status().satisfied() && elapsed > 6 && actual < expected - 3) {
						triggers.add(new String[] { "WARNING", "CLINICAL_BEHIND",
								String.format(java.util.Locale.ROOT, "%.1f/%.0f", actual, expected) });
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

	/**
	 * Open warnings and cases of the students the caller may see, cases first.
	 */
	@Transactional(readOnly = true)
	public List<CaseView> open() {
		return query("c.status in ('OPEN', 'CHOSEN')", Map.of(), this.students::visibleCards);
	}

	/**
	 * The warnings and cases of one student the caller may see, newest first.
	 */
	@Transactional(readOnly = true)
	public List<CaseView> ofStudent(String studentNo) {
		StudentKey student = this.students.visibleKey(studentNo)
			.orElseThrow(() -> new DegreeAudits.AuditedStudentNotFoundException(studentNo));
		return query("c.student_id = :s", Map.of("s", student.id()), this.students::cardsByIds);
	}

	@Transactional(readOnly = true)
	public CaseView get(long id) {
		List<CaseView> found = query("c.id = :id", Map.of("id", id), this.students::visibleCards);
		if (found.isEmpty()) {
			throw new DegreeAudits.AuditedStudentNotFoundException("case " + id);
		}
		return found.get(0);
	}

	/**
	 * The student states which of the allowed outcomes they choose.
	 */
	@Transactional
	public void choose(long id, long version, String option, String note) {
		CurrentUser user = this.currentUsers.require(Role.STUDENT);
		CaseView view = get(id);
		if (!view.studentNo().equals(user.studentNo())) {
			throw new AccessDeniedException("Not the student's case");
		}
		if (!"CASE".equals(view.level()) || !"OPEN".equals(view.status()) && !"CHOSEN".equals(view.status())) {
			throw new BusinessRuleException("case.error.closed");
		}
		if (!view.options().contains(option)) {
			throw new BusinessRuleException("case.error.option", option);
		}
		update(id, version, "student_choice = :option, student_note = :note, chosen_at = now(), status = 'CHOSEN'",
				Map.of("option", option, "note", (note == null) ? "" : note.trim()));
	}

	/**
	 * The graduate school decides; the student's status changes accordingly.
	 */
	@Transactional
	public void decide(long id, long version, String decision, String reason) {
		CurrentUser user = this.currentUsers.require(Role.GRAD_SCHOOL);
		CaseView view = get(id);
		if (!"CASE".equals(view.level()) || !("OPEN".equals(view.status()) || "CHOSEN".equals(view.status()))) {
			throw new BusinessRuleException("case.error.closed");
		}
		if (!view.options().contains(decision)) {
			throw new BusinessRuleException("case.error.option", decision);
		}
		if (reason == null || reason.isBlank()) {
			throw new BusinessRuleException("case.error.reason");
		}
		update(id, version,
				"decision = :decision, decision_reason = :reason, decided_by = :who, decided_at = now(), status = 'DECIDED'",
				Map.of("decision", decision, "reason", reason.trim(), "who", user.displayName()));
		long studentVersion = this.students.byStudentNo(view.studentNo()).orElseThrow().version();
		this.students.changeStatus(view.studentNo(), studentVersion,
				new StatusChangeCommand(OUTCOME_STATUS.get(decision), SchoolTime.today(), reason.trim(), "case " + id));
	}

	private void update(long id, long version, String set, Map<String, Object> params) {
		Map<String, Object> all = new HashMap<>(params);
		all.put("id", id);
		all.put("version", version);
		int updated = this.jdbc
			.sql("update diversion_case set " + set + ", version = version + 1 where id = :id and version = :version")
			.params(all)
			.update();
		if (updated == 0) {
			throw new OptimisticLockingFailureException("Case " + id + " changed meanwhile");
		}
	}

	/**
	 * The cases matching the condition whose student the lookup returns (the register's
	 * cards, or only those the caller may see).
	 */
	private List<CaseView> query(String condition, Map<String, Object> params,
			Function<Collection<Long>, Map<Long, StudentCard>> lookup) {
		List<Object[]> rows = new ArrayList<>();
		this.jdbc.sql("""
				select c.* from diversion_case c
				where %s order by case c.level when 'CASE' then 0 else 1 end, c.opened_at desc, c.id desc
				""".formatted(condition)).params(params).query((rs) -> {
			rows.add(new Object[] { rs.getLong("student_id"), rs.getLong("id"), rs.getString("level"),
					rs.getString("trigger_code"), rs.getString("detail"), options(rs.getString("options")),
					rs.getString("status"), rs.getString("student_choice"), rs.getString("student_note"),
					rs.getString("decision"), rs.getString("decision_reason"), rs.getString("decided_by"),
					rs.getObject("opened_at", OffsetDateTime.class), rs.getLong("version") });
		});
		if (rows.isEmpty()) {
			return List.of();
		}
		Map<Long, StudentCard> students = lookup.apply(rows.stream().map((r) -> (Long) r[0]).distinct().toList());
		List<CaseView> cases = new ArrayList<>();
		for (Object[] r : rows) {
			StudentCard student = students.get((Long) r[0]);
			if (student != null) {
				@SuppressWarnings("unchecked")
				List<String> options = (List<String>) r[5];
				cases.add(new CaseView((Long) r[1], student.studentNo(), student.name(), student.hospitalCode(),
						(String) r[2], (String) r[3], (String) r[4], options, (String) r[6], (String) r[7],
						(String) r[8], (String) r[9], (String) r[10], (String) r[11], (OffsetDateTime) r[12],
						(Long) r[13]));
			}
		}
		return cases;
	}

	private static List<String> options(String text) {
		return (text == null || text.isBlank()) ? List.of() : Arrays.asList(text.split(","));
	}

}
