package com.clinigrad.students;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The student list as one SQL read model (joined names, counted and paged in the
 * database), so that the list stays fast for a university of ten thousand students.
 */
@Component
class StudentSearch {

	private static final String RISK = "risk";

	private static final Map<String, String> ORDER = Map.of("studentNo", "s.student_no", "name", "s.name", "cohort",
			"s.cohort_year", "program", "s.program_code", "status", "s.status", "hospital", "h.code", "supervisor",
			"sup.name", RISK, "coalesce(r.rank, 0)");

	/**
	 * The risk join: how serious what the scan found is (a case before a warning before a
	 * deadline due soon), 0 for nothing.
	 */
	private static final String RISK_JOIN = " " + """
			left join (select student_id, open_cases, open_warnings, next_due_on,
			  case when open_cases > 0 then 3 when open_warnings > 0 then 2
			       when next_due_on <= cast(:soon as date) then 1 else 0 end as rank
			from student_risk) r on r.student_id = s.id""";

	private final JdbcClient jdbc;

	StudentSearch(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Page<StudentRow> search(StudentScope scope, StudentFilter filter, Long hospitalId, Long supervisorId,
			Pageable pageable, LocalDate today) {
		Map<String, Object> params = new HashMap<>();
		StringBuilder where = new StringBuilder(" where ").append(scope.sql("s", params));
		if (filter.query() != null && !filter.query().isBlank()) {
			where.append(" and s.search_key like :search");
			params.put("search", "%" + escapeLike(filter.query().trim().toLowerCase(Locale.ROOT)) + "%");
		}
		if (filter.cohortYear() != null) {
			where.append(" and s.cohort_year = :cohort");
			params.put("cohort", filter.cohortYear());
		}
		if (notBlank(filter.programCode())) {
			where.append(" and s.program_code = :program");
			params.put("program", filter.programCode());
		}
		if (notBlank(filter.hospitalCode())) {
			where.append(" and s.hospital_id = :hospital");
			params.put("hospital", (hospitalId != null) ? hospitalId : -1L);
		}
		if (notBlank(filter.disciplineCode())) {
			where.append(" and s.discipline_code = :discipline");
			params.put("discipline", filter.disciplineCode());
		}
		if (filter.status() != null) {
			where.append(" and s.status = :status");
			params.put("status", filter.status().name());
		}
		boolean risk = filter.risk() != null || RISK.equals(filter.sort());
		if (risk) {
			params.put("soon", today.plusDays(StudentRisk.SOON_DAYS));
		}
		if (filter.risk() != null) {
			where.append(switch (filter.risk()) {
				case ANY -> " and r.rank > 0";
				case CASE -> " and r.open_cases > 0";
				case WARNING -> " and r.open_warnings > 0";
				case DEADLINE -> " and r.next_due_on <= cast(:soon as date)";
			});
		}
		if (notBlank(filter.supervisorStaffNo())) {
			where.append(" and (s.supervisor_id = :supervisor or s.co_supervisor_id = :supervisor)");
			params.put("supervisor", (supervisorId != null) ? supervisorId : -1L);
		}
		String riskJoin = risk ? RISK_JOIN : "";
		long total = this.jdbc.sql("select count(*) from student s" + riskJoin + where)
			.params(params)
			.query(Long.class)
			.single();
		if (total == 0 || pageable.getOffset() >= total) {
			return new PageImpl<>(List.of(), pageable, total);
		}
		// the page's ids from the student table alone (its indexes serve the usual
		// sorts),
		// then the display columns for those twenty rows only
		String sortColumn = ORDER.getOrDefault(filter.sort(), "s.student_no");
		String joins = riskJoin + (sortColumn.startsWith("h.") ? " left join hospital h on h.id = s.hospital_id"
				: sortColumn.startsWith("sup.") ? " join supervisor sup on sup.id = s.supervisor_id" : "");
		params.put("limit", pageable.getPageSize());
		params.put("offset", pageable.getOffset());
		List<Long> ids = this.jdbc
			.sql("select s.id from student s" + joins + where + " order by " + sortColumn
					+ (filter.descending() ? " desc" : " asc") + ", s.student_no limit :limit offset :offset")
			.params(params)
			.query(Long.class)
			.list();
		if (ids.isEmpty()) {
			return new PageImpl<>(List.of(), pageable, total);
		}
		Map<Long, StudentRow> rows = rows(ids, "true", new HashMap<>());
		return new PageImpl<>(ids.stream().map(rows::get).toList(), pageable, total);
	}

	/**
	 * The display columns of these students, those the condition allows.
	 * @param condition an SQL condition on the student table {@code s}
	 */
	Map<Long, StudentRow> rows(java.util.Collection<Long> ids, String condition, Map<String, Object> params) {
		Map<Long, StudentRow> rows = new java.util.LinkedHashMap<>();
		if (ids.isEmpty()) {
			return rows;
		}
		params.put("ids", ids.toArray(Long[]::new));
		this.jdbc.sql("""
				select s.id, s.student_no, s.name, s.degree_type, s.program_code, p.name as program_name,
				       p.name_en as program_name_en, s.cohort_year, s.discipline_code,
				       d.name as discipline_name, d.name_en as discipline_name_en, h.code as hospital_code,
				       h.name as hospital_name, h.name_en as hospital_name_en, sup.staff_no as supervisor_staff_no,
				       sup.name as supervisor_name, co.staff_no as co_supervisor_staff_no,
				       co.name as co_supervisor_name, s.status,
				       r.open_cases, r.open_warnings, r.next_due_on
				from student s
				join discipline d on d.code = s.discipline_code
				join supervisor sup on sup.id = s.supervisor_id
				left join program p on p.code = s.program_code
				left join supervisor co on co.id = s.co_supervisor_id
				left join hospital h on h.id = s.hospital_id
				left join student_risk r on r.student_id = s.id
				where s.id = any(:ids) and\s""" + condition + " order by s.student_no").params(params).query((rs) -> {
			StudentRisk risk = (rs.getObject("open_cases") != null) ? new StudentRisk(rs.getInt("open_cases"),
					rs.getInt("open_warnings"), rs.getObject("next_due_on", LocalDate.class)) : StudentRisk.NONE;
			rows.put(rs.getLong("id"), new StudentRow(rs.getString("student_no"), rs.getString("name"),
					DegreeType.valueOf(rs.getString("degree_type")), rs.getString("program_code"),
					rs.getString("program_name"), rs.getString("program_name_en"), rs.getInt("cohort_year"),
					rs.getString("discipline_code"), rs.getString("discipline_name"),
					rs.getString("discipline_name_en"), rs.getString("hospital_code"), rs.getString("hospital_name"),
					rs.getString("hospital_name_en"), rs.getString("supervisor_staff_no"),
					rs.getString("supervisor_name"), rs.getString("co_supervisor_staff_no"),
					rs.getString("co_supervisor_name"), StudentStatus.valueOf(rs.getString("status")), risk));
		});
		return rows;
	}

	/**
	 * @return the number of students in each status within the scope
	 */
	Map<StudentStatus, Long> countByStatus(StudentScope scope) {
		Map<String, Object> params = new HashMap<>();
		Map<StudentStatus, Long> counts = new java.util.EnumMap<>(StudentStatus.class);
		this.jdbc
			.sql("select s.status, count(*) as n from student s where " + scope.sql("s", params) + " group by s.status")
			.params(params)
			.query((rs) -> {
				counts.put(StudentStatus.valueOf(rs.getString("status")), rs.getLong("n"));
			});
		return counts;
	}

	/**
	 * @return counts per program and status within the scope
	 */
	List<ProgramStatusCount> countByProgramAndStatus(StudentScope scope) {
		Map<String, Object> params = new HashMap<>();
		return this.jdbc
			.sql("select s.program_code, s.status, count(*) as n from student s where " + scope.sql("s", params)
					+ " group by s.program_code, s.status order by s.program_code")
			.params(params)
			.query((rs, n) -> new ProgramStatusCount(rs.getString("program_code"),
					StudentStatus.valueOf(rs.getString("status")), rs.getLong("n")))
			.list();
	}

	/**
	 * @return the latest status changes within the scope, newest first
	 */
	List<RecentStatusChange> recentStatusChanges(StudentScope scope, int limit) {
		Map<String, Object> params = new HashMap<>();
		params.put("limit", limit);
		return this.jdbc
			.sql("""
					select s.student_no, s.name, c.from_status, c.to_status, c.effective_on, c.reason, c.changed_by, c.changed_at
					from student_status_change c join student s on s.id = c.student_id
					where c.from_status is not null and \s"""
					+ scope.sql("s", params) + " order by c.changed_at desc, c.id desc limit :limit")
			.params(params)
			.query((rs, n) -> new RecentStatusChange(rs.getString("student_no"), rs.getString("name"),
					StudentStatus.valueOf(rs.getString("from_status")),
					StudentStatus.valueOf(rs.getString("to_status")),
					rs.getObject("effective_on", java.time.LocalDate.class), rs.getString("reason"),
					rs.getString("changed_by"), rs.getTimestamp("changed_at").toInstant()))
			.list();
	}

	/**
	 * @return how many students in training have no hospital recorded, within the scope
	 */
	long activeWithoutHospital(StudentScope scope) {
		Map<String, Object> params = new HashMap<>();
		params.put("inTraining", StudentStatus.names(StudentStatus.IN_TRAINING));
		return this.jdbc
			.sql("select count(*) from student s where s.hospital_id is null and s.status in (:inTraining) and "
					+ scope.sql("s", params))
			.params(params)
			.query(Long.class)
			.single();
	}

	private static boolean notBlank(String value) {
		return value != null && !value.isBlank();
	}

	private static String escapeLike(String value) {
		return value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
	}

}
