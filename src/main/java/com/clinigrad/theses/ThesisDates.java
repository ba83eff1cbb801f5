package com.clinigrad.theses;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The thesis dates a personal calendar (个人日程) shows: milestone sessions, blind-review
 * deadlines and degree committee meetings within a period. No caller check: the calendar
 * module decides whose dates a person sees (their own, their students', their panels,
 * their reviews) and asks only for those.
 */
@Service
@Transactional(readOnly = true)
public class ThesisDates {

	private static final String SESSIONS = """
			select s.id, s.student_id, s.type, s.attempt, s.scheduled_on, s.place, s.status
			from milestone_session s
			""";

	private final JdbcClient jdbc;

	ThesisDates(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * @return the milestone sessions of these students held within the period, by date
	 */
	public List<DatedSession> sessionsOf(Collection<Long> studentIds, LocalDate from, LocalDate to) {
		if (studentIds.isEmpty()) {
			return List.of();
		}
		return this.jdbc.sql(SESSIONS + """
				where s.student_id in (:ids) and s.scheduled_on between :from and :to order by s.scheduled_on, s.id""")
			.param("ids", studentIds)
			.param("from", from)
			.param("to", to)
			.query((rs, n) -> session(rs))
			.list();
	}

	/**
	 * @return the milestone sessions within the period on whose panel the supervisor (or
	 * expert) with this staff number sits, by date
	 */
	public List<DatedSession> sessionsOnPanelOf(String staffNo, LocalDate from, LocalDate to) {
		if (staffNo == null) {
			return List.of();
		}
		return this.jdbc.sql(SESSIONS + """
				join milestone_panel_member m on m.session_id = s.id join supervisor p on p.id = m.supervisor_id
				where p.staff_no = :staff and s.scheduled_on between :from and :to order by s.scheduled_on, s.id""")
			.param("staff", staffNo)
			.param("from", from)
			.param("to", to)
			.query((rs, n) -> session(rs))
			.list();
	}

	/**
	 * The pending blind reviews of one reviewer falling due within the period: the review
	 * code and the day only, never the student (盲审 is anonymous both ways).
	 */
	public List<ReviewDue> reviewsDueFor(String staffNo, LocalDate from, LocalDate to) {
		if (staffNo == null) {
			return List.of();
		}
		return this.jdbc.sql("""
				select r.code, r.due_on from thesis_review r join supervisor p on p.id = r.reviewer_id
				where p.staff_no = :staff and r.code is not null and r.status = :pending
				  and r.due_on between :from and :to order by r.due_on, r.code""")
			.param("staff", staffNo)
			.param("pending", ReviewStatus.PENDING.name())
			.param("from", from)
			.param("to", to)
			.query((rs, n) -> new ReviewDue(rs.getString("code"), rs.getObject("due_on", LocalDate.class)))
			.list();
	}

	/**
	 * @return how many blind reviews, university-wide, are pending and fall due on each
	 * day of the period (the office's view: numbers, no names)
	 */
	public Map<LocalDate, Integer> pendingReviewsDueByDay(LocalDate from, LocalDate to) {
		Map<LocalDate, Integer> counts = new TreeMap<>();
		this.jdbc.sql("""
				select r.due_on, count(*) as n from thesis_review r
				where r.code is not null and r.status = :pending and r.due_on between :from and :to
				group by r.due_on""")
			.param("pending", ReviewStatus.PENDING.name())
			.param("from", from)
			.param("to", to)
			.query((rs) -> {
				counts.put(rs.getObject("due_on", LocalDate.class), rs.getInt("n"));
			});
		return counts;
	}

	/**
	 * @return the degree committee meetings held within the period that were not
	 * cancelled, by date
	 */
	public List<MeetingDate> degreeMeetings(LocalDate from, LocalDate to) {
		return this.jdbc.sql("""
				select m.id, m.held_on, m.status, count(c.student_id) as candidates
				from degree_meeting m left join degree_meeting_candidate c on c.meeting_id = m.id
				where m.held_on between :from and :to and m.status <> :cancelled
				group by m.id order by m.held_on, m.id""")
			.param("from", from)
			.param("to", to)
			.param("cancelled", MeetingStatus.CANCELLED.name())
			.query((rs, n) -> new MeetingDate(rs.getLong("id"), rs.getObject("held_on", LocalDate.class),
					MeetingStatus.valueOf(rs.getString("status")), rs.getInt("candidates")))
			.list();
	}

	private static DatedSession session(java.sql.ResultSet rs) throws java.sql.SQLException {
		return new DatedSession(rs.getLong("id"), rs.getLong("student_id"), MilestoneType.valueOf(rs.getString("type")),
				rs.getInt("attempt"), rs.getObject("scheduled_on", LocalDate.class), rs.getString("place"),
				SessionStatus.valueOf(rs.getString("status")));
	}

	/**
	 * A milestone session on a day (开题, 中期考核, 临床能力考核, 答辩 …).
	 */
	public record DatedSession(long id, long studentId, MilestoneType type, int attempt, LocalDate scheduledOn,
			String place, SessionStatus status) {

		/**
		 * @return whether it is the thesis defense
		 */
		public boolean defense() {
			return this.type == MilestoneType.DEFENSE;
		}

		/**
		 * @return whether it is the clinical competency exam (临床能力考核)
		 */
		public boolean clinicalExam() {
			return this.type == MilestoneType.CLINICAL_COMPETENCY;
		}

	}

	/**
	 * A pending blind review falling due: its code and day, no student.
	 */
	public record ReviewDue(String code, LocalDate dueOn) {
	}

	/**
	 * A degree committee meeting on a day.
	 */
	public record MeetingDate(long id, LocalDate heldOn, MeetingStatus status, int candidates) {
	}

}
