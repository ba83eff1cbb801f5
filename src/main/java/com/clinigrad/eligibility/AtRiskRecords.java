package com.clinigrad.eligibility;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.clinigrad.eligibility.rules.AuditOutcome;
import com.clinigrad.eligibility.rules.RuleSet;
import com.clinigrad.organization.Organization;
import com.clinigrad.organization.ProgramRef;
import com.clinigrad.students.StudentKey;
import com.clinigrad.students.StudentRegistry;
import com.clinigrad.students.StudentRisk;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What the scan for warnings and cases ({@link DiversionCaseScan}) also keeps, from the
 * same audits: the deadline of each unmet check ({@link CheckDeadlines}, for the at-risk
 * view), and each student's risk — open cases, open warnings, the earliest deadline —
 * which it hands to the student register for the student list.
 */
@Component
class AtRiskRecords {

	private final JdbcClient jdbc;

	private final ProgramRules programRules;

	private final Organization organization;

	private final WaiverBook waivers;

	private final StudentRegistry students;

	AtRiskRecords(JdbcClient jdbc, ProgramRules programRules, Organization organization, WaiverBook waivers,
			StudentRegistry students) {
		this.jdbc = jdbc;
		this.programRules = programRules;
		this.organization = organization;
		this.waivers = waivers;
		this.students = students;
	}

	/**
	 * Replaces the deadlines of these students by those of their audits, the rows in the
	 * order of their key. The scans that record them run one at a time
	 * ({@link DiversionCaseScan}): two at once for students they share deadlocked.
	 */
	void recordDeadlines(List<StudentKey> students, Map<Long, AuditOutcome> outcomes, LocalDate today) {
		if (students.isEmpty()) {
			return;
		}
		Map<String, Integer> standardYears = new HashMap<>();
		for (ProgramRef program : this.organization.programs()) {
			standardYears.put(program.code(), program.standardYears());
		}
		Map<Long, Map<String, LocalDate>> extensions = this.waivers
			.extensionsInForce(students.stream().map(StudentKey::id).toList(), today);
		Map<String, Map<String, LocalDate>> ruleDeadlines = new HashMap<>();
		List<Long> ids = new ArrayList<>();
		List<String> rules = new ArrayList<>();
		List<String> dates = new ArrayList<>();
		List<Boolean> extended = new ArrayList<>();
		for (StudentKey student : students) {
			AuditOutcome outcome = outcomes.get(student.id());
			if (outcome == null) {
				continue;
			}
			Map<String, LocalDate> named = ruleDeadlines.computeIfAbsent(
					student.programCode() + "/" + student.cohortYear(),
					(key) -> this.programRules.forCohort(student.programCode(), student.cohortYear())
						.map((RuleSet ruleSet) -> ruleSet.deadlines(student.cohortYear()))
						.orElse(Map.of()));
			for (CheckDeadlines.Deadline deadline : CheckDeadlines.of(student.cohortYear(),
					standardYears.getOrDefault(student.programCode(), 3), outcome, named,
					extensions.getOrDefault(student.id(), Map.of()), today)) {
				ids.add(student.id());
				rules.add(deadline.rule());
				dates.add(deadline.dueOn().toString());
				extended.add(deadline.extended());
			}
		}
		this.jdbc.sql("delete from check_deadline where student_id = any(:ids)")
			.param("ids", students.stream().map(StudentKey::id).toArray(Long[]::new))
			.update();
		if (!ids.isEmpty()) {
			this.jdbc
				.sql("""
						insert into check_deadline (student_id, rule_code, due_on, extended)
						select f.s, f.r, cast(f.d as date), f.e from unnest(:ids, :rules, :dates, :extended) as f(s, r, d, e)
						order by f.s, f.r
						on conflict (student_id, rule_code) do update set due_on = excluded.due_on,
						  extended = excluded.extended
						""")
				.param("ids", ids.toArray(Long[]::new))
				.param("rules", rules.toArray(String[]::new))
				.param("dates", dates.toArray(String[]::new))
				.param("extended", extended.toArray(Boolean[]::new))
				.update();
		}
	}

	/**
	 * Hands the students' risk, as now recorded, to the student register.
	 */
	void publish(Collection<Long> studentIds) {
		if (studentIds.isEmpty()) {
			return;
		}
		Long[] ids = studentIds.toArray(Long[]::new);
		Map<Long, int[]> counts = new HashMap<>();
		this.jdbc.sql("""
				select student_id, count(*) filter (where level = :caseLevel) as cases,
				       count(*) filter (where level <> :caseLevel) as warnings
				from diversion_case where status in (:waiting) and student_id = any(:ids) group by student_id
				""")
			.param("caseLevel", CaseLevel.CASE.name())
			.param("waiting", CaseStatus.names(CaseStatus.WAITING))
			.param("ids", ids)
			.query((rs) -> {
				counts.put(rs.getLong("student_id"), new int[] { rs.getInt("cases"), rs.getInt("warnings") });
			});
		Map<Long, LocalDate> due = new HashMap<>();
		this.jdbc
			.sql("select student_id, min(due_on) as due from check_deadline where student_id = any(:ids)"
					+ " group by student_id")
			.param("ids", ids)
			.query((rs) -> {
				due.put(rs.getLong("student_id"), rs.getObject("due", LocalDate.class));
			});
		Map<Long, StudentRisk> risks = new HashMap<>();
		for (Long id : studentIds) {
			int[] count = counts.getOrDefault(id, new int[2]);
			risks.put(id, new StudentRisk(count[0], count[1], due.get(id)));
		}
		this.students.recordRisks(studentIds, risks);
	}

	/**
	 * Forgets these students' deadlines and risk (they left training).
	 */
	void forget(Collection<Long> studentIds) {
		if (studentIds.isEmpty()) {
			return;
		}
		this.jdbc.sql("delete from check_deadline where student_id = any(:ids)")
			.param("ids", studentIds.toArray(Long[]::new))
			.update();
		this.students.recordRisks(studentIds, Map.of());
	}

	/**
	 * Forgets the deadlines and risk of every student but these (after a scan of all
	 * students in training).
	 */
	void retainOnly(Collection<Long> studentIds) {
		this.jdbc.sql("delete from check_deadline where not (student_id = any(:ids))")
			.param("ids", studentIds.toArray(Long[]::new))
			.update();
		this.students.retainRisks(studentIds);
	}

}
