package com.clinigrad.theses;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.clinigrad.exams.ExamResultsReleased;
import com.clinigrad.exams.ExamSittings;
import com.clinigrad.exams.SittingPurpose;
import com.clinigrad.exams.SittingView;
import com.clinigrad.students.StudentKey;
import com.clinigrad.students.StudentRegistry;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Takes the results of an online mid-term theory exam (中期考核理论考试) onto the students'
 * mid-term assessments: each candidate keeps the score and the sitting it came from. A
 * score belongs to the first mid-term session scheduled on or after the exam (the panel
 * assesses with it; a retake exam goes with the retake); a score with no such session yet
 * is shown on its own, waiting for the session, and moves onto it once it is scheduled.
 */
@Service
public class MidtermTheoryScores {

	private final JdbcClient jdbc;

	private final StudentRegistry students;

	private final ExamSittings sittings;

	MidtermTheoryScores(JdbcClient jdbc, StudentRegistry students, ExamSittings sittings) {
		this.jdbc = jdbc;
		this.students = students;
		this.sittings = sittings;
	}

	@ApplicationModuleListener
	void on(ExamResultsReleased released) {
		if (released.purpose() != SittingPurpose.MIDTERM_THEORY) {
			return;
		}
		for (ExamResultsReleased.Result result : released.results()) {
			this.jdbc
				.sql("""
						insert into midterm_theory_score (student_id, sitting_id, held_on, score)
						values (:student, :sitting, :day, :score)
						on conflict (student_id, sitting_id) do update set score = excluded.score, held_on = excluded.held_on
						""")
				.param("student", result.studentId())
				.param("sitting", released.sittingId())
				.param("day", released.heldOn())
				.param("score", result.score())
				.update();
		}
	}

	/**
	 * A student's mid-term theory exam scores, for whoever may see the student's
	 * milestones: by the mid-term session they belong to, and those still waiting for
	 * one.
	 */
	@Transactional(readOnly = true)
	public MidtermTheory ofStudent(String studentNo) {
		StudentKey student = this.students.visibleKey(studentNo)
			.orElseThrow(() -> new MilestoneSessions.SessionNotFoundException(studentNo));
		List<Object[]> rows = new ArrayList<>();
		this.jdbc.sql("""
				select sitting_id, held_on, score from midterm_theory_score where student_id = :s
				order by held_on, id
				""").param("s", student.id()).query((rs) -> {
			rows.add(new Object[] { rs.getLong(1), rs.getDate(2).toLocalDate(), rs.getBigDecimal(3) });
		});
		if (rows.isEmpty()) {
			return new MidtermTheory(Map.of(), List.of());
		}
		Map<Long, SittingView.Link> links = this.sittings.links(rows.stream().map((r) -> (Long) r[0]).toList());
		Map<Long, LocalDate> sessions = new LinkedHashMap<>();
		this.jdbc.sql("""
				select id, scheduled_on from milestone_session where student_id = :s and type = :t
				order by scheduled_on, id
				""").param("s", student.id()).param("t", MilestoneType.MIDTERM.name()).query((rs) -> {
			sessions.put(rs.getLong(1), rs.getDate(2).toLocalDate());
		});
		Map<Long, List<MidtermTheoryScore>> bySession = new LinkedHashMap<>();
		List<MidtermTheoryScore> waiting = new ArrayList<>();
		for (Object[] row : rows) {
			long sittingId = (Long) row[0];
			LocalDate heldOn = (LocalDate) row[1];
			SittingView.Link link = links.get(sittingId);
			MidtermTheoryScore score = new MidtermTheoryScore(sittingId, heldOn, (BigDecimal) row[2],
					(link != null) ? link.title() : "", (link != null) ? link.href() : null);
			Long session = sessions.entrySet()
				.stream()
				.filter((e) -> !e.getValue().isBefore(heldOn))
				.map(Map.Entry::getKey)
				.findFirst()
				.orElse(null);
			if (session != null) {
				bySession.computeIfAbsent(session, (k) -> new ArrayList<>()).add(score);
			}
			else {
				waiting.add(score);
			}
		}
		return new MidtermTheory(bySession, waiting);
	}

	/**
	 * A student's mid-term theory exam scores.
	 *
	 * @param bySession the scores of each mid-term session (by its id)
	 * @param waiting the scores whose mid-term session is not scheduled yet
	 */
	public record MidtermTheory(Map<Long, List<MidtermTheoryScore>> bySession, List<MidtermTheoryScore> waiting) {

		public MidtermTheory {
			bySession = Map.copyOf(bySession);
			waiting = List.copyOf(waiting);
		}

		/**
		 * @return the scores of one session (none for a session of another type)
		 */
		public List<MidtermTheoryScore> of(long sessionId) {
			return this.bySession.getOrDefault(sessionId, List.of());
		}

	}

}
