package com.clinigrad.exams;

import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The answer sheets marked by hand in a year, whoever asks: the teaching module counts
 * them into a teacher's workload (教学工作量) and checks its own callers. A sheet counts once
 * per marker however many of its open items they marked; a sitting belongs to the year
 * its window closed.
 */
@Service
public class MarkingWork {

	private final JdbcClient jdbc;

	MarkingWork(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * @return per marker (login name) and sitting, how many candidates' sheets they
	 * marked
	 */
	@Transactional(readOnly = true)
	public List<MarkedSheets> markedIn(int year) {
		return this.jdbc.sql("""
				select a.marked_by, s.id, s.title, s.closes_at, count(distinct a.candidate_id) as sheets
				from exam_answer a join exam_candidate c on c.id = a.candidate_id
				join exam_sitting s on s.id = c.sitting_id
				where a.marked_by is not null and extract(year from s.closes_at) = :y
				group by a.marked_by, s.id, s.title, s.closes_at
				order by s.closes_at, s.id
				""")
			.param("y", year)
			.query((rs, n) -> new MarkedSheets(rs.getString("marked_by"), rs.getLong("id"), rs.getString("title"),
					rs.getTimestamp("closes_at").toInstant(), rs.getInt("sheets")))
			.list();
	}

	/**
	 * The sheets a marker marked in one sitting.
	 */
	public record MarkedSheets(String markedBy, long sittingId, String sittingTitle, Instant closedAt, int sheets) {
	}

}
