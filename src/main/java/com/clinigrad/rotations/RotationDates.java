package com.clinigrad.rotations;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The rotation dates a personal calendar (个人日程) shows: scheduled rotations overlapping a
 * period, with their exit exams, and residency completion exam sittings. No caller check:
 * the calendar module decides whose dates a person sees (their own, their students',
 * their hospital's or department's) and asks only for those.
 */
@Service
@Transactional(readOnly = true)
public class RotationDates {

	private static final String OVERLAPPING = " and r.status = :scheduled and r.start_date <= :to and r.end_date >= :from"
			+ " order by r.start_date, r.end_date, r.id";

	private final JdbcClient jdbc;

	RotationDates(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * @return the scheduled (not cancelled) rotations of these students that overlap the
	 * period, oldest first
	 */
	public List<ScheduledRotation> ofStudents(Collection<Long> studentIds, LocalDate from, LocalDate to) {
		if (studentIds.isEmpty()) {
			return List.of();
		}
		return query(" where r.student_id in (:ids)" + OVERLAPPING, Map.of("ids", studentIds), from, to);
	}

	/**
	 * @param departmentCode one department, or {@code null} for the whole hospital
	 * @return the scheduled rotations at the hospital that overlap the period, oldest
	 * first
	 */
	public List<ScheduledRotation> atHospital(String hospitalCode, String departmentCode, LocalDate from,
			LocalDate to) {
		if (hospitalCode == null) {
			return List.of();
		}
		Map<String, Object> params = new HashMap<>();
		params.put("hospital", hospitalCode);
		String where = " where h.code = :hospital";
		if (departmentCode != null) {
			where += " and d.code = :department";
			params.put("department", departmentCode);
		}
		return query(where + OVERLAPPING, params, from, to);
	}

	/**
	 * @return the residency completion exam sittings (住院医师规范化培训结业考核) of these students
	 * within the period
	 */
	public List<ResidencySitting> residencyExams(Collection<Long> studentIds, LocalDate from, LocalDate to) {
		if (studentIds.isEmpty()) {
			return List.of();
		}
		return this.jdbc.sql("""
				select id, student_id, sat_on, theory_result, skills_result from residency_exam
				where student_id in (:ids) and sat_on between :from and :to order by sat_on, id""")
			.param("ids", studentIds)
			.param("from", from)
			.param("to", to)
			.query((rs, n) -> new ResidencySitting(rs.getLong("id"), rs.getLong("student_id"),
					rs.getObject("sat_on", LocalDate.class),
					ExamResult.of(rs.getString("theory_result")) == ExamResult.PASS
							&& ExamResult.of(rs.getString("skills_result")) == ExamResult.PASS))
			.list();
	}

	private List<ScheduledRotation> query(String where, Map<String, ?> params, LocalDate from, LocalDate to) {
		Map<String, Object> all = new HashMap<>(params);
		all.put("scheduled", RotationStatus.SCHEDULED.name());
		all.put("from", from);
		all.put("to", to);
		return this.jdbc.sql(RotationBoard.SELECT + where)
			.params(all)
			.query((rs, n) -> RotationBoard.rotation(rs))
			.list();
	}

	/**
	 * A residency completion exam sitting on a day.
	 *
	 * @param passed whether theory and skills both passed
	 */
	public record ResidencySitting(long id, long studentId, LocalDate satOn, boolean passed) {
	}

}
