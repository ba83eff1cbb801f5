package com.clinigrad.competency;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import com.clinigrad.accounts.CurrentUser;
import com.clinigrad.accounts.Role;
import com.clinigrad.shared.BusinessRuleException;
import com.clinigrad.shared.SchoolTime;
import com.clinigrad.students.StudentKey;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The annual one-to-one feedback (年度一对一反馈, DOMAIN §3.4): once a training year, a member
 * of the trainee's mentor group writes the strengths, the goals and the agreed actions
 * and signs; the trainee then signs in the app; both signatures keep who and when. A
 * signed feedback is read-only; the mentor group corrects it with a reason, which makes a
 * new revision and keeps the earlier one.
 */
@Service
public class AnnualFeedbacks {

	private static final int TEXT_MAX = 2000;

	private final JdbcClient jdbc;

	private final CompetencyAccess access;

	AnnualFeedbacks(JdbcClient jdbc, CompetencyAccess access) {
		this.jdbc = jdbc;
		this.access = access;
	}

	/**
	 * @throws TrainingPlanNotFoundException unless the caller may see the trainee
	 */
	@Transactional(readOnly = true)
	public FeedbackView of(String studentNo) {
		StudentKey student = this.access.visibleOrMentored(studentNo);
		CurrentUser user = this.access.current();
		boolean mentor = this.access.isMentor(student.id());
		boolean trainee = user.has(Role.STUDENT) && studentNo.equals(user.studentNo());
		List<FeedbackView.Entry> all = entries(student.id());
		String name = this.access.students().cardsByIds(List.of(student.id())).get(student.id()).name();
		return new FeedbackView(studentNo, name, mentor, trainee, years(student.id()),
				all.stream().filter((e) -> e.status() != FeedbackStatus.SUPERSEDED).toList(),
				all.stream().filter((e) -> e.status() == FeedbackStatus.SUPERSEDED).toList());
	}

	/**
	 * Writes (or, while a draft, rewrites) the feedback of a training year; the mentor
	 * group.
	 * @param version the draft's version, {@code null} for a new one
	 */
	@Transactional
	public long write(String studentNo, int trainingYear, Long version, String strengths, String goals,
			String actions) {
		StudentKey student = requireMentor(studentNo);
		return writeAs(student, trainingYear, version, strengths, goals, actions, this.access.current().displayName());
	}

	/**
	 * Writes a feedback without a caller (the demo loader), with the same rules.
	 */
	@Transactional
	public long writeForLoader(long studentId, int trainingYear, String strengths, String goals, String actions,
			String by) {
		return writeAs(key(studentId), trainingYear, null, strengths, goals, actions, by);
	}

	private long writeAs(StudentKey student, int trainingYear, Long version, String strengths, String goals,
			String actions, String by) {
		if (!years(student.id()).contains(trainingYear)) {
			throw new BusinessRuleException("fb.error.year");
		}
		requireTexts(strengths, goals, actions);
		List<Map<String, Object>> current = this.jdbc.sql("""
				select id, status, version from annual_feedback
				where student_id = :s and training_year = :y and status <> :sup""")
			.param("s", student.id())
			.param("y", trainingYear)
			.param("sup", FeedbackStatus.SUPERSEDED.name())
			.query()
			.listOfRows();
		if (current.isEmpty()) {
			return this.jdbc
				.sql("""
						insert into annual_feedback (student_id, training_year, strengths, goals, actions, status, written_by)
						values (:s, :y, :st, :g, :a, :status, :by) returning id""")
				.param("s", student.id())
				.param("y", trainingYear)
				.param("st", strengths.trim())
				.param("g", goals.trim())
				.param("a", actions.trim())
				.param("status", FeedbackStatus.DRAFT.name())
				.param("by", by)
				.query(Long.class)
				.single();
		}
		Map<String, Object> row = current.get(0);
		long id = ((Number) row.get("id")).longValue();
		if (!FeedbackStatus.valueOf((String) row.get("status")).editable()) {
			throw new BusinessRuleException("fb.error.signed");
		}
		checkVersion(id, ((Number) row.get("version")).longValue(), version);
		this.jdbc.sql("""
				update annual_feedback set strengths = :st, goals = :g, actions = :a, written_by = :by,
				    version = version + 1 where id = :id""")
			.param("st", strengths.trim())
			.param("g", goals.trim())
			.param("a", actions.trim())
			.param("by", by)
			.param("id", id)
			.update();
		return id;
	}

	/**
	 * The mentor group's signature: the draft can no longer be edited and waits for the
	 * trainee.
	 */
	@Transactional
	public void signAsMentor(String studentNo, long feedbackId, long version) {
		StudentKey student = requireMentor(studentNo);
		move(student.id(), feedbackId, version, FeedbackStatus.MENTOR_SIGNED, "mentor",
				this.access.current().displayName());
	}

	/**
	 * The trainee's signature, after the mentor's: the feedback becomes read-only.
	 */
	@Transactional
	public void signAsTrainee(String studentNo, long feedbackId, long version) {
		StudentKey student = this.access.visibleOrMentored(studentNo);
		CurrentUser user = this.access.current();
		if (!user.has(Role.STUDENT) || !studentNo.equals(user.studentNo())) {
			throw new AccessDeniedException("Only the trainee signs as the trainee");
		}
		move(student.id(), feedbackId, version, FeedbackStatus.SIGNED, "trainee", user.displayName());
	}

	/**
	 * The mentor's signature without a caller (the demo loader).
	 */
	@Transactional
	public void signAsMentorForLoader(long studentId, long feedbackId, String mentor) {
		long version = this.jdbc.sql("select version from annual_feedback where id = :id")
			.param("id", feedbackId)
			.query(Long.class)
			.single();
		move(studentId, feedbackId, version, FeedbackStatus.MENTOR_SIGNED, "mentor", mentor);
	}

	/**
	 * Both signatures without a caller (the demo loader).
	 */
	@Transactional
	public void signForLoader(long studentId, long feedbackId, String mentor, String trainee) {
		long version = this.jdbc.sql("select version from annual_feedback where id = :id")
			.param("id", feedbackId)
			.query(Long.class)
			.single();
		move(studentId, feedbackId, version, FeedbackStatus.MENTOR_SIGNED, "mentor", mentor);
		move(studentId, feedbackId, version + 1, FeedbackStatus.SIGNED, "trainee", trainee);
	}

	/**
	 * Corrects a signed feedback: the signed revision is superseded and a new draft with
	 * the corrected texts and the reason is written, to be signed again by both.
	 */
	@Transactional
	public long correct(String studentNo, long feedbackId, long version, String reason, String strengths, String goals,
			String actions) {
		StudentKey student = requireMentor(studentNo);
		if (reason == null || reason.isBlank()) {
			throw new BusinessRuleException("cbt.error.reasonRequired");
		}
		requireTexts(strengths, goals, actions);
		Map<String, Object> row = row(student.id(), feedbackId);
		checkVersion(feedbackId, ((Number) row.get("version")).longValue(), version);
		if (!FeedbackStatus.valueOf((String) row.get("status")).canMoveTo(FeedbackStatus.SUPERSEDED)) {
			throw new BusinessRuleException("fb.error.notSigned");
		}
		this.jdbc.sql("update annual_feedback set status = :st, version = version + 1 where id = :id")
			.param("st", FeedbackStatus.SUPERSEDED.name())
			.param("id", feedbackId)
			.update();
		return this.jdbc.sql("""
				insert into annual_feedback (student_id, training_year, revision, strengths, goals, actions, status,
				    written_by, correction_reason, corrects_id)
				values (:s, :y, :rev, :st, :g, :a, :status, :by, :reason, :corrects) returning id""")
			.param("s", student.id())
			.param("y", ((Number) row.get("training_year")).intValue())
			.param("rev", ((Number) row.get("revision")).intValue() + 1)
			.param("st", strengths.trim())
			.param("g", goals.trim())
			.param("a", actions.trim())
			.param("status", FeedbackStatus.DRAFT.name())
			.param("by", this.access.current().displayName())
			.param("reason", reason.trim())
			.param("corrects", feedbackId)
			.query(Long.class)
			.single();
	}

	private void move(long studentId, long feedbackId, long version, FeedbackStatus next, String who, String by) {
		Map<String, Object> row = row(studentId, feedbackId);
		checkVersion(feedbackId, ((Number) row.get("version")).longValue(), version);
		FeedbackStatus status = FeedbackStatus.valueOf((String) row.get("status"));
		if (!status.canMoveTo(next)) {
			throw new BusinessRuleException(
					(next == FeedbackStatus.SIGNED) ? "fb.error.mentorFirst" : "fb.error.signed");
		}
		this.jdbc
			.sql("update annual_feedback set status = :st, " + who + "_signed_by = :by, " + who
					+ "_signed_at = now(), version = version + 1 where id = :id")
			.param("st", next.name())
			.param("by", by)
			.param("id", feedbackId)
			.update();
	}

	private Map<String, Object> row(long studentId, long feedbackId) {
		return this.jdbc.sql("""
				select status, version, training_year, revision from annual_feedback
				where id = :id and student_id = :s""")
			.param("id", feedbackId)
			.param("s", studentId)
			.query()
			.listOfRows()
			.stream()
			.findFirst()
			.orElseThrow(() -> new TrainingPlanNotFoundException("feedback " + feedbackId));
	}

	private static void checkVersion(long id, long actual, Long expected) {
		if (expected == null || actual != expected) {
			throw new ObjectOptimisticLockingFailureException("annual_feedback", id);
		}
	}

	private static void requireTexts(String strengths, String goals, String actions) {
		for (String text : new String[] { strengths, goals, actions }) {
			if (text == null || text.isBlank()) {
				throw new BusinessRuleException("fb.error.texts");
			}
			if (text.trim().length() > TEXT_MAX) {
				throw new BusinessRuleException("fb.error.tooLong", TEXT_MAX);
			}
		}
	}

	private StudentKey requireMentor(String studentNo) {
		StudentKey student = this.access.visibleOrMentored(studentNo);
		if (!this.access.isMentor(student.id())) {
			throw new AccessDeniedException("The feedback is written and signed by the trainee's mentor group");
		}
		return student;
	}

	private StudentKey key(long studentId) {
		return this.access.students().keysInTraining(List.of(studentId)).stream().findFirst().orElseThrow();
	}

	/**
	 * The training years of the trainee's plan (three without a plan).
	 */
	List<Integer> years(long studentId) {
		int months = this.jdbc.sql("""
				select t.duration_months from training_plan p join training_plan_template t on t.id = p.template_id
				where p.student_id = :s""").param("s", studentId).query(Integer.class).optional().orElse(36);
		return IntStream.rangeClosed(1, Math.max(1, (months + 11) / 12)).boxed().toList();
	}

	List<FeedbackView.Entry> entries(long studentId) {
		return this.jdbc.sql("""
				select id, training_year, revision, strengths, goals, actions, status, written_by, mentor_signed_by,
				       mentor_signed_at, trainee_signed_by, trainee_signed_at, correction_reason, version
				from annual_feedback where student_id = :s order by training_year, revision desc""")
			.param("s", studentId)
			.query((rs, n) -> new FeedbackView.Entry(rs.getLong("id"), rs.getInt("training_year"),
					rs.getInt("revision"), rs.getString("strengths"), rs.getString("goals"), rs.getString("actions"),
					FeedbackStatus.valueOf(rs.getString("status")), rs.getString("written_by"),
					rs.getString("mentor_signed_by"), local(rs, "mentor_signed_at"), rs.getString("trainee_signed_by"),
					local(rs, "trainee_signed_at"), rs.getString("correction_reason"), rs.getLong("version")))
			.list();
	}

	static LocalDateTime local(ResultSet rs, String column) throws SQLException {
		Timestamp at = rs.getTimestamp(column);
		return (at == null) ? null : at.toInstant().atZone(SchoolTime.ZONE).toLocalDateTime().withNano(0);
	}

}
