package com.clinigrad.eligibility;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.clinigrad.accounts.CurrentUsers;
import com.clinigrad.accounts.Role;
import com.clinigrad.students.StudentRegistry;
import com.clinigrad.students.StudentRow;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The at-risk view (风险学生): the students with a degree-audit check they have not met that
 * falls due soon or is overdue, as the last scan found them ({@link CheckDeadlines}), for
 * the graduate school, the hospital offices and the supervisors, each within their own
 * students.
 */
@Service
public class AtRiskStudents {

	/** The windows the view offers, in days ahead. */
	public static final List<Integer> WINDOWS = List.of(30, 90, 180, 365);

	private final JdbcClient jdbc;

	private final StudentRegistry students;

	private final CurrentUsers currentUsers;

	AtRiskStudents(JdbcClient jdbc, StudentRegistry students, CurrentUsers currentUsers) {
		this.jdbc = jdbc;
		this.students = students;
		this.currentUsers = currentUsers;
	}

	/**
	 * The checks that were overdue on a day, per student, whoever asks: the process
	 * lapses the enrollment selection holds against the students' supervisors (it applies
	 * the caller's scope to what it shows).
	 */
	@Transactional(readOnly = true)
	public Map<Long, List<DueCheck>> overdueOn(LocalDate day) {
		Map<Long, List<DueCheck>> checks = new LinkedHashMap<>();
		this.jdbc.sql("""
				select student_id, rule_code, due_on, extended from check_deadline
				where due_on < :day order by student_id, due_on, rule_code
				""").param("day", day).query((rs) -> {
			checks.computeIfAbsent(rs.getLong("student_id"), (id) -> new ArrayList<>())
				.add(new DueCheck(rs.getString("rule_code"), rs.getObject("due_on", LocalDate.class),
						rs.getBoolean("extended")));
		});
		return checks;
	}

	/**
	 * @param days how far ahead a deadline counts (an overdue one always does)
	 * @return the students the caller may see with their checks due by then, the earliest
	 * deadline first
	 */
	@Transactional(readOnly = true)
	public List<AtRiskStudent> dueWithin(int days, LocalDate today) {
		this.currentUsers.require(Role.GRAD_SCHOOL, Role.HOSPITAL_OFFICE, Role.SUPERVISOR);
		Map<Long, List<DueCheck>> checks = new LinkedHashMap<>();
		this.jdbc.sql("""
				select student_id, rule_code, due_on, extended from check_deadline
				where due_on <= :until order by due_on, student_id, rule_code
				""").param("until", today.plusDays(days)).query((rs) -> {
			checks.computeIfAbsent(rs.getLong("student_id"), (id) -> new ArrayList<>())
				.add(new DueCheck(rs.getString("rule_code"), rs.getObject("due_on", LocalDate.class),
						rs.getBoolean("extended")));
		});
		Map<Long, StudentRow> visible = this.students.visibleRows(checks.keySet());
		List<AtRiskStudent> atRisk = new ArrayList<>();
		checks.forEach((id, due) -> {
			StudentRow student = visible.get(id);
			if (student != null) {
				atRisk.add(new AtRiskStudent(student, due));
			}
		});
		return atRisk;
	}

	/**
	 * A student at risk and the checks due.
	 *
	 * @param checks earliest first
	 */
	public record AtRiskStudent(StudentRow student, List<DueCheck> checks) {

		public AtRiskStudent {
			checks = List.copyOf(checks);
		}

		public LocalDate nextDue() {
			return this.checks.get(0).dueOn();
		}

	}

	/**
	 * An unmet check and the day it falls due.
	 *
	 * @param rule the rule code ({@code rule.<code>.name} names it)
	 * @param extended whether the day is that of an approved extension
	 */
	public record DueCheck(String rule, LocalDate dueOn, boolean extended) {

		public String nameKey() {
			return "rule." + this.rule + ".name";
		}

	}

}
