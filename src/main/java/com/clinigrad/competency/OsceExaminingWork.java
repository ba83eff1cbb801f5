package com.clinigrad.competency;

import java.time.LocalDate;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The OSCE stations examined in a year, whoever asks: the teaching module counts them
 * into a teacher's workload (教学工作量) and checks its own callers. A station counts for each
 * examiner assigned to it once its exam has been held.
 */
@Service
public class OsceExaminingWork {

	private final JdbcClient jdbc;

	OsceExaminingWork(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * @return the stations of OSCE exams held in the year up to today, per examiner
	 */
	@Transactional(readOnly = true)
	public List<StationExamined> stationsIn(int year, LocalDate today) {
		return this.jdbc.sql("""
				select x.supervisor_id, e.id as exam_id, e.title as exam_title, e.held_on, s.id as station_id,
				       s.title as station_title,
				       (select count(*) from osce_sheet t where t.station_id = s.id) as sheets
				from osce_station_examiner x join osce_station s on s.id = x.station_id
				join osce_exam e on e.id = s.exam_id
				where extract(year from e.held_on) = :y and e.held_on <= :today
				order by e.held_on, e.id, s.position
				""")
			.param("y", year)
			.param("today", today)
			.query((rs, n) -> new StationExamined(rs.getLong("supervisor_id"), rs.getLong("exam_id"),
					rs.getString("exam_title"), rs.getObject("held_on", LocalDate.class), rs.getLong("station_id"),
					rs.getString("station_title"), rs.getInt("sheets")))
			.list();
	}

	/**
	 * A station an examiner was assigned to in an exam that was held.
	 *
	 * @param sheets how many candidates' sheets the station holds
	 */
	public record StationExamined(long supervisorId, long examId, String examTitle, LocalDate heldOn, long stationId,
			String stationTitle, int sheets) {
	}

}
