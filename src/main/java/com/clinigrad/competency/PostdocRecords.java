package com.clinigrad.competency;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The training records of many trainees at once, as the degree audit reads them (one
 * query per kind of record); the caller has checked which students it may see.
 */
@Service
public class PostdocRecords {

	private final JdbcClient jdbc;

	PostdocRecords(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Transactional(readOnly = true, propagation = Propagation.SUPPORTS)
	public Map<Long, TrainingFacts> factsOf(Collection<Long> studentIds) {
		Map<Long, TrainingFacts> facts = new HashMap<>();
		if (studentIds.isEmpty()) {
			return facts;
		}
		Long[] ids = studentIds.toArray(Long[]::new);
		Map<Long, List<TrainingFacts.Feedback>> feedbacks = new HashMap<>();
		this.jdbc.sql("""
				select student_id, training_year, trainee_signed_at from annual_feedback
				where student_id = any(:ids) and status = :st order by training_year""")
			.param("ids", ids)
			.param("st", FeedbackStatus.SIGNED.name())
			.query((rs) -> {
				feedbacks.computeIfAbsent(rs.getLong(1), (k) -> new ArrayList<>())
					.add(new TrainingFacts.Feedback(rs.getInt(2),
							AnnualFeedbacks.local(rs, "trainee_signed_at").toLocalDate()));
			});
		Map<Long, List<java.time.LocalDate>> rounds = new HashMap<>();
		this.jdbc.sql("""
				select student_id, closed_on from msf_round
				where student_id = any(:ids) and status = :st and closed_on is not null order by closed_on""")
			.param("ids", ids)
			.param("st", MsfStatus.CLOSED.name())
			.query((rs) -> {
				rounds.computeIfAbsent(rs.getLong(1), (k) -> new ArrayList<>()).add(rs.getDate(2).toLocalDate());
			});
		Map<Long, List<TrainingFacts.Defense>> defenses = new HashMap<>();
		this.jdbc.sql("""
				select student_id, scheduled_on, status from completion_defense
				where student_id = any(:ids) and status <> :st order by scheduled_on""")
			.param("ids", ids)
			.param("st", DefenseStatus.SCHEDULED.name())
			.query((rs) -> {
				defenses.computeIfAbsent(rs.getLong(1), (k) -> new ArrayList<>())
					.add(new TrainingFacts.Defense(rs.getDate(2).toLocalDate(),
							DefenseStatus.valueOf(rs.getString(3)) == DefenseStatus.PASSED));
			});
		Map<Long, List<TrainingFacts.Osce>> osces = osces(ids);
		for (Long id : studentIds) {
			facts.put(id, new TrainingFacts(feedbacks.getOrDefault(id, List.of()), osces.getOrDefault(id, List.of()),
					rounds.getOrDefault(id, List.of()), defenses.getOrDefault(id, List.of())));
		}
		return facts;
	}

	private record ExamRule(java.time.LocalDate heldOn, BigDecimal overall, BigDecimal minStations, int stations) {
	}

	private Map<Long, List<TrainingFacts.Osce>> osces(Long[] ids) {
		Map<Long, ExamRule> exams = new HashMap<>();
		Map<Long, Map<Long, List<OsceRules.StationOutcome>>> outcomes = new HashMap<>();
		this.jdbc.sql("""
				select c.student_id, e.id, e.held_on, e.overall_pass_percent, e.min_stations_passed_percent,
				       (select count(*) from osce_station x where x.exam_id = e.id) as stations
				from osce_candidate c join osce_exam e on e.id = c.exam_id
				where c.student_id = any(:ids) and e.status = :st order by e.held_on""")
			.param("ids", ids)
			.param("st", OsceStatus.CLOSED.name())
			.query((rs) -> {
				exams.put(rs.getLong(2), new ExamRule(rs.getDate(3).toLocalDate(), rs.getBigDecimal(4),
						rs.getBigDecimal(5), rs.getInt(6)));
				outcomes.computeIfAbsent(rs.getLong(1), (k) -> new LinkedHashMap<>())
					.put(rs.getLong(2), new ArrayList<>());
			});
		this.jdbc.sql("""
				select t.student_id, s.exam_id, t.points, t.max_points, t.global_rating, s.pass_percent, s.min_global
				from osce_sheet t join osce_station s on s.id = t.station_id
				join osce_exam e on e.id = s.exam_id
				where t.student_id = any(:ids) and e.status = :st""")
			.param("ids", ids)
			.param("st", OsceStatus.CLOSED.name())
			.query((rs) -> {
				List<OsceRules.StationOutcome> own = outcomes.getOrDefault(rs.getLong(1), Map.of()).get(rs.getLong(2));
				if (own != null) {
					own.add(OsceRules.station(rs.getInt(3), rs.getInt(4), rs.getInt(5), rs.getBigDecimal(6),
							rs.getInt(7)));
				}
			});
		Map<Long, List<TrainingFacts.Osce>> result = new HashMap<>();
		outcomes.forEach((student, byExam) -> byExam.forEach((exam, stations) -> {
			ExamRule rule = exams.get(exam);
			OsceRules.ExamOutcome outcome = OsceRules.exam(stations, rule.stations(), rule.overall(),
					rule.minStations());
			result.computeIfAbsent(student, (k) -> new ArrayList<>())
				.add(new TrainingFacts.Osce(rule.heldOn(), outcome.complete(), outcome.passed()));
		}));
		return result;
	}

}
