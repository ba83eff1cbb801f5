package com.clinigrad.students;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.clinigrad.organization.DisciplineRef;
import com.clinigrad.organization.HospitalRef;
import com.clinigrad.organization.ProgramRef;
import com.clinigrad.shared.reads.Read;
import com.clinigrad.shared.web.ListCount;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.Page;
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

	/**
	 * What a row of the list shows, of the student {@code s} joined by
	 * {@link #ROW_JOINS}.
	 */
	private static final String ROW_COLUMNS = """
			s.id, s.student_no, s.name, s.degree_type, s.program_code, p.name as program_name,
			p.name_en as program_name_en, s.cohort_year, s.discipline_code, d.name as discipline_name,
			d.name_en as discipline_name_en, h.code as hospital_code, h.name as hospital_name,
			h.name_en as hospital_name_en, sup.staff_no as supervisor_staff_no, sup.name as supervisor_name,
			co.staff_no as co_supervisor_staff_no, co.name as co_supervisor_name, s.status,
			r.open_cases, r.open_warnings, r.next_due_on""";

	private static final String ROW_JOINS = " " + """
			join discipline d on d.code = s.discipline_code
			join supervisor sup on sup.id = s.supervisor_id
			left join program p on p.code = s.program_code
			left join supervisor co on co.id = s.co_supervisor_id
			left join hospital h on h.id = s.hospital_id
			left join student_risk r on r.student_id = s.id""";

	private final JdbcClient jdbc;

	/**
	 * Not final: {@code StudentListCountTests} lowers it for one test instead of starting
	 * an application of its own.
	 */
	private int exactUpTo;

	StudentSearch(JdbcClient jdbc,
			@Value("${clinigrad.lists.exact-count-up-to:" + ListCount.EXACT_UP_TO + "}") int exactUpTo) {
		this.jdbc = jdbc;
		this.exactUpTo = exactUpTo;
	}

	Page<StudentRow> search(StudentScope scope, StudentFilter filter, Long hospitalId, Long supervisorId,
			Pageable pageable, LocalDate today) {
		Map<String, Object> params = new HashMap<>();
		StringBuilder where = new StringBuilder(" where ").append(scope.sql("s", params));
		boolean searching = notBlank(filter.query());
		if (searching) {
			search(filter.query(), where, params);
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
		// counted only as far as the page needs: exact up to a thousand, "more than"
		// beyond
		long limit = ListCount.limit(pageable, this.exactUpTo);
		params.put("countLimit", limit);
		// the page's ids from the student table alone (its indexes serve the usual
		// sorts),
		// then the display columns of those twenty rows only, in the same query
		String sortColumn = ORDER.getOrDefault(filter.sort(), "s.student_no");
		String joins = riskJoin + (sortColumn.startsWith("h.") ? " left join hospital h on h.id = s.hospital_id"
				: sortColumn.startsWith("sup.") ? " join supervisor sup on sup.id = s.supervisor_id" : "");
		params.put("limit", pageable.getPageSize());
		params.put("offset", pageable.getOffset());
		String direction = filter.descending() ? " desc" : " asc";
		String countAndPage;
		if (searching) {
			// a search finds its rows through the search index, not in the sort's order:
			// they are found once, then counted and the page taken from them
			countAndPage = "with matched as materialized (select s.id, s.student_no, " + sortColumn
					+ " as sort_key from student s" + joins + where
					+ "), counted as (select count(*) as n from (select 1 from matched limit :countLimit) c),"
					+ " page as (select array(select m.id from matched m order by m.sort_key" + direction
					+ ", m.student_no limit :limit offset :offset) as ids)";
		}
		else {
			// without a search the page comes from the sort's index, and the count stops
			// at the limit
			countAndPage = "with counted as (select count(*) as n from (select 1 from student s" + riskJoin + where
					+ " limit :countLimit) c), page as (select array(select s.id from student s" + joins + where
					+ " order by " + sortColumn + direction + ", s.student_no limit :limit offset :offset) as ids)";
		}
		long[] counted = { 0 };
		List<StudentRow> rows = new java.util.ArrayList<>();
		this.jdbc
			.sql(countAndPage + " select counted.n as counted, shown.* from counted left join (select u.position, "
					+ ROW_COLUMNS + " from page cross join unnest(page.ids) with ordinality as u(id, position)"
					+ " join student s on s.id = u.id" + ROW_JOINS + ") shown on true order by shown.position")
			.params(params)
			.query((rs) -> {
				counted[0] = rs.getLong("counted");
				if (rs.getObject("id") != null) {
					rows.add(row(rs));
				}
			});
		return ListCount.page(rows, pageable, counted[0], limit);
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
		this.jdbc
			.sql("select " + ROW_COLUMNS + " from student s" + ROW_JOINS + " where s.id = any(:ids) and " + condition
					+ " order by s.student_no")
			.params(params)
			.query((rs) -> {
				rows.put(rs.getLong("id"), row(rs));
			});
		return rows;
	}

	private static StudentRow row(java.sql.ResultSet rs) throws java.sql.SQLException {
		StudentRisk risk = (rs.getObject("open_cases") != null) ? new StudentRisk(rs.getInt("open_cases"),
				rs.getInt("open_warnings"), rs.getObject("next_due_on", LocalDate.class)) : StudentRisk.NONE;
		return new StudentRow(rs.getString("student_no"), rs.getString("name"),
				DegreeType.valueOf(rs.getString("degree_type")), rs.getString("program_code"),
				rs.getString("program_name"), rs.getString("program_name_en"), rs.getInt("cohort_year"),
				rs.getString("discipline_code"), rs.getString("discipline_name"), rs.getString("discipline_name_en"),
				rs.getString("hospital_code"), rs.getString("hospital_name"), rs.getString("hospital_name_en"),
				rs.getString("supervisor_staff_no"), rs.getString("supervisor_name"),
				rs.getString("co_supervisor_staff_no"), rs.getString("co_supervisor_name"),
				StudentStatus.valueOf(rs.getString("status")), risk);
	}

	/**
	 * The student page's header and profile in one query: the student, if in the scope,
	 * with the numbers of the supervisors, the supervisor group, and the program,
	 * discipline and hospital.
	 */
	java.util.Optional<Profile> profile(String studentNo, StudentScope scope) {
		Map<String, Object> params = new HashMap<>();
		params.put("studentNo", studentNo);
		return this.jdbc.sql("""
				select s.id, s.student_no, s.name, s.degree_type, s.program_code, s.cohort_year, s.discipline_code,
				       s.admission_type, s.source_school, s.status, s.status_since, s.version, s.supervisor_id,
				       s.co_supervisor_id, s.supervisor_group_id, sup.staff_no as supervisor_staff_no,
				       co.staff_no as co_supervisor_staff_no,
				       p.code as p_code, p.name as p_name, p.name_en as p_name_en, p.degree_type as p_degree_type,
				       p.university as p_university, p.university_en as p_university_en,
				       p.discipline_code as p_discipline_code, p.standard_years as p_standard_years,
				       d.code as d_code, d.name as d_name, d.name_en as d_name_en, d.level as d_level,
				       d.parent_code as d_parent_code, h.id as h_id, h.code as h_code, h.name as h_name,
				       h.name_en as h_name_en
				from student s
				left join supervisor sup on sup.id = s.supervisor_id
				left join supervisor co on co.id = s.co_supervisor_id
				left join program p on p.code = s.program_code
				left join discipline d on d.code = s.discipline_code
				left join hospital h on h.id = s.hospital_id
				where s.student_no = :studentNo and\s""" + scope.sql("s", params))
			.params(params)
			.query((rs, n) -> new Profile(rs.getLong("id"), rs.getLong("supervisor_id"),
					(Long) rs.getObject("co_supervisor_id", Long.class),
					(Long) rs.getObject("supervisor_group_id", Long.class),
					new StudentView(rs.getString("student_no"), rs.getString("name"),
							DegreeType.valueOf(rs.getString("degree_type")), rs.getString("program_code"),
							rs.getInt("cohort_year"), rs.getString("discipline_code"),
							AdmissionType.valueOf(rs.getString("admission_type")),
							(rs.getString("source_school") != null)
									? SourceSchool.valueOf(rs.getString("source_school")) : null,
							rs.getString("h_code"), rs.getString("supervisor_staff_no"),
							rs.getString("co_supervisor_staff_no"), StudentStatus.valueOf(rs.getString("status")),
							rs.getObject("status_since", LocalDate.class), rs.getLong("version")),
					(rs.getString("p_code") != null) ? new ProgramRef(rs.getString("p_code"), rs.getString("p_name"),
							rs.getString("p_name_en"), rs.getString("p_degree_type"), rs.getString("p_university"),
							rs.getString("p_university_en"), rs.getString("p_discipline_code"),
							rs.getInt("p_standard_years")) : null,
					(rs.getString("d_code") != null)
							? new DisciplineRef(rs.getString("d_code"), rs.getString("d_name"),
									rs.getString("d_name_en"), rs.getInt("d_level"), rs.getString("d_parent_code"))
							: null,
					(rs.getObject("h_id") != null) ? new HospitalRef(rs.getLong("h_id"), rs.getString("h_code"),
							rs.getString("h_name"), rs.getString("h_name_en")) : null))
			.optional();
	}

	/**
	 * What {@link #profile} reads.
	 */
	record Profile(long id, long supervisorId, Long coSupervisorId, Long supervisorGroupId, StudentView student,
			ProgramRef program, DisciplineRef discipline, HospitalRef hospital) {
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
	 * @return the read of a student's status changes, newest first (the detail page's
	 * timeline)
	 */
	Read<List<StatusChangeView>> statusChanges(long studentId) {
		return Read.of("""
				select from_status, to_status, effective_on, reason, evidence, changed_by, changed_at
				from student_status_change where student_id = :id order by changed_at desc, id desc
				""", Map.of("id", studentId), (rs) -> {
			List<StatusChangeView> changes = new java.util.ArrayList<>();
			while (rs.next()) {
				changes.add(new StatusChangeView(
						(rs.getString("from_status") != null) ? StudentStatus.valueOf(rs.getString("from_status"))
								: null,
						StudentStatus.valueOf(rs.getString("to_status")),
						rs.getObject("effective_on", java.time.LocalDate.class), rs.getString("reason"),
						rs.getString("evidence"), rs.getString("changed_by"),
						rs.getTimestamp("changed_at").toInstant()));
			}
			return changes;
		});
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

	/**
	 * The search by part of the name or number: the lower-cased key holds the text. Three
	 * characters or more find their rows through the key's trigram index; one or two (a
	 * Chinese surname, say) have no trigram and go through the index of the key's
	 * characters, which finds the rows holding them all, then {@code strpos} keeps those
	 * holding them in order ({@code strpos}, not {@code like}: a prepared statement's
	 * generic plan would otherwise read the whole trigram index for a pattern it cannot
	 * narrow).
	 */
	private static void search(String query, StringBuilder where, Map<String, Object> params) {
		String text = query.trim().toLowerCase(Locale.ROOT);
		if (text.codePointCount(0, text.length()) < 3) {
			where.append(" and string_to_array(s.search_key, null) @> cast(:searchCharacters as text[])"
					+ " and strpos(s.search_key, :searchText) > 0");
			params.put("searchCharacters",
					text.codePoints().mapToObj(Character::toString).distinct().toArray(String[]::new));
			params.put("searchText", text);
		}
		else {
			where.append(" and s.search_key like :search");
			params.put("search", "%" + escapeLike(text) + "%");
		}
	}

	private static boolean notBlank(String value) {
		return value != null && !value.isBlank();
	}

	private static String escapeLike(String value) {
		return value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
	}

}
