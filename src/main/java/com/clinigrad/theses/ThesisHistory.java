package com.clinigrad.theses;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;

import com.clinigrad.students.DegreeType;
import com.clinigrad.students.StudentStatus;
import com.clinigrad.supervisors.TitleLevel;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records thesis workflows that happened outside the app — a thesis with its files, a
 * review round, the reviews, last year's degree awards — with no caller check: for
 * loaders that run without a logged-in user (the demo university). The counts of a thesis
 * are taken from its file, as for an upload.
 */
@Service
public class ThesisHistory {

	private final JdbcClient jdbc;

	private final BlindReviews reviews;

	private final ApplicationEventPublisher events;

	ThesisHistory(JdbcClient jdbc, BlindReviews reviews, ApplicationEventPublisher events) {
		this.events = events;
		this.jdbc = jdbc;
		this.reviews = reviews;
	}

	/**
	 * @return enrolled doctoral students without a thesis, earliest cohort first
	 */
	@Transactional(readOnly = true)
	public List<Candidate> doctoralWithoutThesis(int limit) {
		return this.jdbc.sql("""
				select s.id, s.student_no, s.name, s.hospital_id, s.supervisor_id, s.co_supervisor_id, s.discipline_code
				from student s
				where s.degree_type in (:doctoral) and s.status = :enrolled
				  and not exists (select 1 from thesis t where t.student_id = s.id)
				order by s.cohort_year, s.student_no limit :limit
				""")
			.param("doctoral",
					Arrays.stream(DegreeType.values()).filter(DegreeType::doctoral).map(DegreeType::name).toList())
			.param("enrolled", StudentStatus.ENROLLED.name())
			.param("limit", limit)
			.query((rs, n) -> new Candidate(rs.getLong("id"), rs.getString("student_no"), rs.getString("name"),
					(Long) rs.getObject("hospital_id"), (Long) rs.getObject("supervisor_id"),
					(Long) rs.getObject("co_supervisor_id"), rs.getString("discipline_code")))
			.list();
	}

	/**
	 * Records a thesis signed by the student and the supervisor, its passed pre-defense,
	 * and its full and blind DOCX files; the counts are read from the full file.
	 */
	@Transactional
	public void recordThesis(Candidate student, String title, byte[] full, byte[] blind, LocalDate preDefenseOn) {
		ThesisCounts counts = ThesisText.count("thesis.docx", full);
		this.jdbc.sql("""
				insert into thesis (student_id, title, body_chars, abstract_zh_chars, abstract_en_chars,
				    counts_source, declaration_signed, student_signed_by, student_signed_at, supervisor_signed_by,
				    supervisor_signed_at, recorded_by)
				values (:s, :title, :body, :zh, :en, :source, true, :name, now() - interval '30 days', '导师',
				    now() - interval '29 days', 'demo')
				""")
			.param("s", student.id())
			.param("source", CountsSource.FILE.name())
			.param("title", title)
			.param("body", counts.bodyChars())
			.param("zh", counts.abstractZhChars())
			.param("en", counts.abstractEnChars())
			.param("name", student.name())
			.update();
		this.jdbc.sql("""
				insert into milestone (student_id, type, held_on, result, recorded_by)
				values (:s, :type, :on, :result, 'demo') on conflict do nothing
				""")
			.param("s", student.id())
			.param("type", MilestoneType.PRE_DEFENSE.name())
			.param("on", preDefenseOn)
			.param("result", MilestoneResult.PASS.name())
			.update();
		file(student.id(), FileKind.FULL, "学位论文-" + student.studentNo() + ".docx", full, counts);
		file(student.id(), FileKind.BLIND, "盲审版.docx", blind, ThesisText.count("blind.docx", blind));
	}

	/**
	 * Records the first review round with its similarity check.
	 * @param started the day the review started, {@code null} for a round that never
	 * reached review
	 * @param due the day the reviews are due, or {@code null}
	 * @param closedReason why the round closed early, or {@code null}
	 * @param closedAt when it closed, {@code null} while open
	 */
	@Transactional
	public void recordRound(long studentId, RoundStatus status, BigDecimal similarity, byte[] report, LocalDate started,
			LocalDate due, RoundClosedReason closedReason, OffsetDateTime closedAt) {
		this.jdbc.sql("""
				insert into thesis_round (student_id, round_no, status, similarity_percent, similarity_report,
				    similarity_file_name, similarity_by, similarity_at, review_started_on, review_due_on,
				    closed_reason, closed_at)
				values (:s, 1, :status, :p, :report, '学术不端检测报告.pdf', '研究生院学位办', now() - interval '40 days',
				    :started, :due, :reason, :closedAt)
				""")
			.param("s", studentId)
			.param("status", status.name())
			.param("p", similarity)
			.param("report", report)
			.param("started", started)
			.param("due", due)
			.param("reason", (closedReason != null) ? closedReason.name() : null)
			.param("closedAt", closedAt)
			.update();
		this.jdbc.sql("update thesis set similarity_percent = :p where student_id = :s")
			.param("p", similarity)
			.param("s", studentId)
			.update();
	}

	/**
	 * @return reviewers eligible for the student's thesis (doctoral supervisors or full
	 * seniors from another hospital in the field, not the student's supervisors),
	 * external experts first
	 */
	@Transactional(readOnly = true)
	public List<Reviewer> reviewerCandidates(Candidate student, int limit, int offset) {
		return this.jdbc.sql("""
				select id, staff_no from supervisor
				where (doctoral_supervisor or title_level = :fullSenior) and id <> :sup
				  and id <> coalesce(cast(:co as bigint), -1) and hospital_id is distinct from cast(:hospital as bigint)
				 and (discipline_code is null or discipline_code = :field)
				order by institution is null, staff_no limit :limit offset :offset
				""")
			.param("fullSenior", TitleLevel.FULL_SENIOR.name())
			.param("sup", student.supervisorId())
			.param("co", student.coSupervisorId())
			.param("hospital", student.hospitalId())
			.param("field", student.disciplineCode())
			.param("limit", limit)
			.param("offset", offset)
			.query((rs, n) -> new Reviewer(rs.getLong("id"), rs.getString("staff_no")))
			.list();
	}

	/**
	 * Records a review of the first round: pending when {@code review} is {@code null}.
	 */
	@Transactional
	public void recordReview(long studentId, long reviewerId, String code, LocalDate due, SubmittedReview review) {
		boolean pending = review == null;
		this.jdbc.sql("""
				insert into thesis_review (student_id, round_no, reviewer_id, code, assigned_by, due_on, status,
				    verdict, score_topic, score_innovation, score_knowledge, score_ability, score_writing, comments,
				    submitted_at, recorded_by)
				values (:s, 1, :reviewer, :code, '研究生院学位办', :due, :status, :verdict, :topic, :innovation,
				    :knowledge, :ability, :writing, :comments, :submittedAt, 'demo')
				""")
			.param("s", studentId)
			.param("reviewer", reviewerId)
			.param("code", code)
			.param("due", due)
			.param("status", (pending ? ReviewStatus.PENDING : ReviewStatus.SUBMITTED).name())
			.param("verdict", pending ? null : review.verdict().name())
			.param("topic", pending ? null : review.topic())
			.param("innovation", pending ? null : review.innovation())
			.param("knowledge", pending ? null : review.knowledge())
			.param("ability", pending ? null : review.ability())
			.param("writing", pending ? null : review.writing())
			.param("comments", pending ? null : review.comments())
			.param("submittedAt", pending ? null : review.submittedAt())
			.update();
	}

	/**
	 * Sends the reminders due on a day, as the nightly job does.
	 */
	@Transactional
	public void remind(LocalDate today) {
		this.reviews.remind(today);
	}

	/**
	 * Records a milestone session with its panel, confirmed, as a loader finds it (the
	 * demo's proposal defense this month); the panel is not validated. Those concerned
	 * hear of it as of any session scheduled ({@link MilestoneScheduled}).
	 * @param panelStaffNos the panel, its chair first
	 * @return the session's id
	 */
	@Transactional
	public long recordSession(long studentId, MilestoneType type, LocalDate on, String place,
			List<String> panelStaffNos, String recordedBy) {
		long id = this.jdbc.sql("""
				insert into milestone_session (student_id, type, scheduled_on, place, status, created_by)
				values (:s, :type, :on, :place, :status, :who) returning id""")
			.param("s", studentId)
			.param("type", type.name())
			.param("on", on)
			.param("place", place)
			.param("status", SessionStatus.CONFIRMED.name())
			.param("who", recordedBy)
			.query(Long.class)
			.single();
		for (int i = 0; i < panelStaffNos.size(); i++) {
			this.jdbc.sql("""
					insert into milestone_panel_member (session_id, supervisor_id, chair)
					select :session, id, :chair from supervisor where staff_no = :staff""")
				.param("session", id)
				.param("chair", i == 0)
				.param("staff", panelStaffNos.get(i))
				.update();
		}
		this.events.publishEvent(new MilestoneScheduled(id, studentId, type, on, place, recordedBy));
		return id;
	}

	/**
	 * Records the degree awards of a year for up to {@code limit} graduated students
	 * (student number order), so that the spot check has its population.
	 */
	@Transactional
	public void recordAwards(int year, int limit) {
		List<Long> graduated = this.jdbc.sql("""
				select id from student where status = :graduated order by student_no limit :limit
				""").param("graduated", StudentStatus.GRADUATED.name()).param("limit", limit).query(Long.class).list();
		for (int i = 0; i < graduated.size(); i++) {
			this.jdbc.sql("""
					insert into degree_decision (student_id, meeting_on, committee_size, votes_for, votes_against,
					    votes_abstain, decision, resolution, decided_by, awarded_on, certificate_no, awarded_by)
					values (:s, :meeting, 21, 19, 0, 1, :award, '经学位评定委员会表决，同意授予学位。', '学位评定委员会秘书',
					    :awarded, :no, '研究生院学位办')
					on conflict (student_id) do nothing
					""")
				.param("s", graduated.get(i))
				.param("award", CommitteeDecision.AWARD.name())
				.param("meeting", LocalDate.of(year, 6, 10))
				.param("awarded", LocalDate.of(year, 6, 28))
				.param("no", String.format("10001%d%07d", year, i + 1))
				.update();
		}
	}

	private void file(long studentId, FileKind kind, String name, byte[] content, ThesisCounts counts) {
		this.jdbc.sql("""
				insert into thesis_file (student_id, kind, version_no, file_name, format, content, size_bytes, sha256,
				    body_chars, abstract_zh_chars, abstract_en_chars, uploaded_by)
				values (:s, :kind, 1, :name, :format, :content, :size, :sha, :body, :zh, :en, 'demo')
				""")
			.param("s", studentId)
			.param("kind", kind.name())
			.param("format", ThesisText.DOCX)
			.param("name", name)
			.param("content", content)
			.param("size", content.length)
			.param("sha", Integer.toHexString(java.util.Arrays.hashCode(content)))
			.param("body", counts.bodyChars())
			.param("zh", counts.abstractZhChars())
			.param("en", counts.abstractEnChars())
			.update();
	}

	/**
	 * A student who may be given a thesis.
	 */
	public record Candidate(long id, String studentNo, String name, Long hospitalId, Long supervisorId,
			Long coSupervisorId, String disciplineCode) {
	}

	/**
	 * A reviewer who may be assigned.
	 */
	public record Reviewer(long id, String staffNo) {
	}

	/**
	 * A submitted review: the verdict, the five scores and the comments.
	 */
	public record SubmittedReview(ReviewVerdict verdict, BigDecimal topic, BigDecimal innovation, BigDecimal knowledge,
			BigDecimal ability, BigDecimal writing, String comments, OffsetDateTime submittedAt) {
	}

}
