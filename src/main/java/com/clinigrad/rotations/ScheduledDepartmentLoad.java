package com.clinigrad.rotations;

import java.time.LocalDate;
import java.util.Optional;

import com.clinigrad.organization.DepartmentLoad;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The department's load as scheduled: its rotations from a day on, counted day by day.
 */
@Component
class ScheduledDepartmentLoad implements DepartmentLoad {

	private final JdbcClient jdbc;

	ScheduledDepartmentLoad(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public Optional<Overload> overload(long departmentId, int capacity, LocalDate from) {
		LocalDate last = this.jdbc
			.sql("""
					select max(end_date) from rotation where department_id = :d and status = :scheduled and end_date >= :from
					""")
			.param("d", departmentId)
			.param("scheduled", RotationStatus.SCHEDULED.name())
			.param("from", from)
			.query(LocalDate.class)
			.optional()
			.orElse(null);
		if (last == null) {
			return Optional.empty();
		}
		DailyHeadcount headcount = new DailyHeadcount(from, last);
		this.jdbc.sql("""
				select start_date, end_date from rotation
				where department_id = :d and status = :scheduled and end_date >= :from""")
			.param("d", departmentId)
			.param("scheduled", RotationStatus.SCHEDULED.name())
			.param("from", from)
			.query((rs) -> {
				headcount.add(departmentId, rs.getObject("start_date", LocalDate.class),
						rs.getObject("end_date", LocalDate.class));
			});
		return headcount.overload(departmentId, capacity);
	}

}
