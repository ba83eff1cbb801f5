package com.clinigrad.theses;

import java.time.LocalDate;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The blind reviews written and the panels sat on in a year, whoever asks: the teaching
 * module counts them into a teacher's workload (教学工作量) and checks its own callers. A
 * review is named by its code only, never by the student, so that the count keeps the
 * review blind.
 */
@Service
public class ThesisExaminingWork {

	private final JdbcClient jdbc;

	ThesisExaminingWork(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * @return the reviews submitted (or, recorded before reviewers submitted online,
	 * recorded) in the year
	 */
	@Transactional(readOnly = true)
	public List<ReviewDone> reviewsDoneIn(int year) {
		return this.jdbc.sql("""
				select reviewer_id, coalesce(code, '#' || id) as code, round_no,
				    cast(coalesce(submitted_at, recorded_at) as date) as done_on
				from thesis_review
				where status = :submitted
				  and extract(year from coalesce(submitted_at, recorded_at)) = :y
				order by done_on, id
				""")
			.param("submitted", ReviewStatus.SUBMITTED.name())
			.param("y", year)
			.query((rs, n) -> new ReviewDone(rs.getLong("reviewer_id"), rs.getString("code"), rs.getInt("round_no"),
					rs.getObject("done_on", LocalDate.class)))
			.list();
	}

	/**
	 * @return the seats on panels of milestone sessions held in the year
	 */
	@Transactional(readOnly = true)
	public List<PanelSeat> panelsSatIn(int year) {
		return this.jdbc.sql("""
				select m.supervisor_id, s.id, s.type, s.scheduled_on, m.chair
				from milestone_panel_member m join milestone_session s on s.id = m.session_id
				where s.status = :held and extract(year from s.scheduled_on) = :y
				order by s.scheduled_on, s.id
				""")
			.param("held", SessionStatus.HELD.name())
			.param("y", year)
			.query((rs, n) -> new PanelSeat(rs.getLong("supervisor_id"), rs.getLong("id"),
					MilestoneType.valueOf(rs.getString("type")), rs.getObject("scheduled_on", LocalDate.class),
					rs.getBoolean("chair")))
			.list();
	}

	/**
	 * A blind review someone wrote.
	 *
	 * @param code the review's code (the reviewer's reference), never the student
	 */
	public record ReviewDone(long reviewerId, String code, int roundNo, LocalDate doneOn) {
	}

	/**
	 * A seat on the panel of a milestone session that was held.
	 */
	public record PanelSeat(long supervisorId, long sessionId, MilestoneType type, LocalDate heldOn, boolean chair) {
	}

}
