package com.clinigrad.admissions;

import java.sql.Timestamp;
import java.util.List;
import java.util.Map;

import com.clinigrad.accounts.CurrentUsers;
import com.clinigrad.accounts.Role;
import com.clinigrad.organization.Organization;
import com.clinigrad.shared.BusinessRuleException;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The enrollment plan (招生计划): the places planned per year, program and discipline, set
 * and corrected by the admissions office (graduate-school staff) with optimistic locking,
 * every change kept with who, when and why; read beside the applicants and the admitted
 * (plan against admitted, the first-choice admitted against the plan) by the admissions
 * pages and the annual report.
 */
@Service
public class EnrollmentPlans {

	private final JdbcClient jdbc;

	private final CurrentUsers currentUsers;

	private final Organization organization;

	EnrollmentPlans(JdbcClient jdbc, CurrentUsers currentUsers, Organization organization) {
		this.jdbc = jdbc;
		this.currentUsers = currentUsers;
		this.organization = organization;
	}

	/**
	 * The plan of a year with the applicants and admitted of each line, also the lines
	 * that have applicants and no plan; graduate-school staff.
	 * @param programCode one program, or {@code null} for all
	 */
	@Transactional(readOnly = true)
	public List<PlanLine> of(int year, String programCode) {
		this.currentUsers.require(Role.GRAD_SCHOOL);
		return lines(year, programCode);
	}

	/**
	 * The plan lines of a year without a caller check: the caller (the annual report)
	 * checks the role.
	 */
	@Transactional(readOnly = true)
	public List<PlanLine> lines(int year, String programCode) {
		return this.jdbc.sql("""
				with plan as (
				    select id, program_code, discipline_code, planned, version from admission_plan
				    where year = :year and (cast(:program as varchar) is null or program_code = :program)),
				counted as (
				    select program_code, discipline_code, count(*) as applicants,
				           count(*) filter (where admitted) as admitted,
				           count(*) filter (where admitted and first_choice) as first_choice
				    from admission
				    where year = :year and (cast(:program as varchar) is null or program_code = :program)
				    group by program_code, discipline_code)
				select p.id, coalesce(p.program_code, c.program_code) as program_code,
				       coalesce(p.discipline_code, c.discipline_code) as discipline_code, p.planned,
				       coalesce(c.applicants, 0) as applicants, coalesce(c.admitted, 0) as admitted,
				       coalesce(c.first_choice, 0) as first_choice, coalesce(p.version, 0) as version
				from plan p full join counted c
				  on c.program_code = p.program_code and c.discipline_code = p.discipline_code
				order by 2, 3""")
			.param("year", year)
			.param("program", programCode)
			.query((rs, n) -> new PlanLine(rs.getObject("id", Long.class), year, rs.getString("program_code"),
					rs.getString("discipline_code"), rs.getObject("planned", Integer.class), rs.getLong("applicants"),
					rs.getLong("admitted"), rs.getLong("first_choice"), rs.getLong("version")))
			.list();
	}

	/**
	 * @return the planned places of a year (of one program or all), or {@code null} when
	 * no line is planned
	 */
	@Transactional(readOnly = true)
	public Long planned(int year, String programCode) {
		return this.jdbc.sql("""
				select sum(planned) from admission_plan
				where year = :year and (cast(:program as varchar) is null or program_code = :program)""")
			.param("year", year)
			.param("program", programCode)
			.query(Long.class)
			.list()
			.stream()
			.filter(java.util.Objects::nonNull)
			.findFirst()
			.orElse(null);
	}

	/**
	 * Sets the planned places of a program and discipline in a year; graduate-school
	 * staff.
	 * @param version the version of the line as shown (0 for a line not yet planned; a
	 * planned line starts at 1)
	 * @param reason why (required when a line is changed)
	 * @throws OptimisticLockingFailureException when the line changed since it was shown
	 * (or was created meanwhile)
	 * @throws BusinessRuleException for an unknown program or discipline, a negative
	 * number, or a change without a reason
	 */
	@Transactional
	public void set(int year, String programCode, String disciplineCode, int planned, long version, String reason) {
		this.currentUsers.require(Role.GRAD_SCHOOL);
		setAs(year, programCode, disciplineCode, planned, version, reason, this.currentUsers.currentUsername());
	}

	/**
	 * Sets a plan line for trusted code (the demo) as someone named; the rules of
	 * {@link #set} apply.
	 */
	@Transactional
	public void setAs(int year, String programCode, String disciplineCode, int planned, long version, String reason,
			String who) {
		if (this.organization.program(programCode).isEmpty()) {
			throw new BusinessRuleException("admission.error.unknownProgram", programCode);
		}
		if (this.organization.discipline(disciplineCode).isEmpty()) {
			throw new BusinessRuleException("admission.error.unknownDiscipline", disciplineCode);
		}
		if (planned < 0) {
			throw new BusinessRuleException("admissionPlan.error.negative");
		}
		String why = (reason == null || reason.isBlank()) ? null : reason.trim();
		Map<String, Object> current = this.jdbc.sql("""
				select id, planned, version from admission_plan
				where year = :year and program_code = :program and discipline_code = :discipline for update""")
			.param("year", year)
			.param("program", programCode)
			.param("discipline", disciplineCode)
			.query()
			.listOfRows()
			.stream()
			.findFirst()
			.orElse(null);
		if (current == null) {
			if (version != 0) {
				throw new OptimisticLockingFailureException("Plan line vanished meanwhile");
			}
			long id = this.jdbc.sql("""
					insert into admission_plan (year, program_code, discipline_code, planned, recorded_by, version)
					values (:year, :program, :discipline, :planned, :who, 1) returning id""")
				.param("year", year)
				.param("program", programCode)
				.param("discipline", disciplineCode)
				.param("planned", planned)
				.param("who", who)
				.query(Long.class)
				.single();
			history(id, null, planned, why, who);
			return;
		}
		long id = ((Number) current.get("id")).longValue();
		if (((Number) current.get("version")).longValue() != version) {
			throw new OptimisticLockingFailureException("Plan line " + id + " changed meanwhile");
		}
		int before = ((Number) current.get("planned")).intValue();
		if (before == planned) {
			return;
		}
		if (why == null) {
			throw new BusinessRuleException("admissionPlan.error.reason");
		}
		this.jdbc.sql("""
				update admission_plan set planned = :planned, recorded_by = :who, recorded_at = now(),
				    version = version + 1 where id = :id""")
			.param("planned", planned)
			.param("who", who)
			.param("id", id)
			.update();
		history(id, before, planned, why, who);
	}

	/**
	 * Every change of a year's plan, the latest first; graduate-school staff.
	 */
	@Transactional(readOnly = true)
	public List<PlanChange> history(int year) {
		this.currentUsers.require(Role.GRAD_SCHOOL);
		return this.jdbc.sql("""
				select p.program_code, p.discipline_code, c.planned_before, c.planned_after, c.reason,
				       c.changed_by, c.changed_at
				from admission_plan_change c join admission_plan p on p.id = c.plan_id
				where p.year = :year order by c.changed_at desc, c.id desc""")
			.param("year", year)
			.query((rs, n) -> new PlanChange(rs.getString("program_code"), rs.getString("discipline_code"),
					rs.getObject("planned_before", Integer.class), rs.getInt("planned_after"), rs.getString("reason"),
					rs.getString("changed_by"), rs.getObject("changed_at", Timestamp.class).toInstant()))
			.list();
	}

	/**
	 * The totals of plan lines: planned (only of lines with a plan), applicants,
	 * admitted, first-choice admitted.
	 */
	public static PlanLine total(int year, List<PlanLine> lines) {
		Integer planned = null;
		long applicants = 0;
		long admitted = 0;
		long firstChoice = 0;
		for (PlanLine line : lines) {
			if (line.planned() != null) {
				planned = ((planned != null) ? planned : 0) + line.planned();
			}
			applicants += line.applicants();
			admitted += line.admitted();
			firstChoice += line.firstChoiceAdmitted();
		}
		return new PlanLine(null, year, null, null, planned, applicants, admitted, firstChoice, 0);
	}

	private void history(long planId, Integer before, int after, String reason, String who) {
		this.jdbc.sql("""
				insert into admission_plan_change (plan_id, planned_before, planned_after, reason, changed_by)
				values (:plan, :before, :after, :reason, :who)""")
			.param("plan", planId)
			.param("before", before)
			.param("after", after)
			.param("reason", reason)
			.param("who", who)
			.update();
	}

}
