package com.clinigrad.rotations;

import java.time.LocalDate;

import com.clinigrad.supervisors.DepartmentPhase;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Whether a supervisor's students are in the department phase: a rotation of the
 * timetable (not cancelled) of a student they supervise or co-supervise falls within the
 * days asked, as the supervisors module needs for the deputy rule.
 */
@Component
class SupervisorDepartmentPhase implements DepartmentPhase {

	private final JdbcClient jdbc;

	SupervisorDepartmentPhase(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	@Transactional(readOnly = true)
	public boolean anyStudentRotating(long supervisorId, LocalDate from, LocalDate to) {
		return this.jdbc.sql("""
				select exists (select 1 from rotation r join student s on s.id = r.student_id
				               where (s.supervisor_id = :s or s.co_supervisor_id = :s) and r.status = :scheduled
				                 and r.start_date <= :to and r.end_date >= :from)
				""")
			.param("s", supervisorId)
			.param("scheduled", RotationStatus.SCHEDULED.name())
			.param("from", from)
			.param("to", to)
			.query(Boolean.class)
			.single();
	}

}
