package com.clinigrad.exams;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.clinigrad.accounts.CurrentUser;
import com.clinigrad.shared.BusinessRuleException;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Manual marking (阅卷) of open items: a marker sees the paper questions assigned to them,
 * and only once the sitting's window has closed; the answers show candidates by number,
 * never by name, and no other question's answers.
 */
@Service
public class ExamMarking {

	private final JdbcClient jdbc;

	private final ExamAccess access;

	private final QuestionBanks banks;

	private final ExamTaking taking;

	ExamMarking(JdbcClient jdbc, ExamAccess access, QuestionBanks banks, ExamTaking taking) {
		this.jdbc = jdbc;
		this.access = access;
		this.banks = banks;
		this.taking = taking;
	}

	/**
	 * The caller's marking tasks, newest sitting first.
	 */
	@Transactional(readOnly = true)
	public List<MarkingView.Task> tasks() {
		CurrentUser user = this.access.current();
		Instant now = Instant.now();
		return this.jdbc
			.sql("""
					select s.id, s.title, p.position, m.question_id, s.closes_at,
					       (select count(*) from exam_answer a join exam_candidate c on c.id = a.candidate_id
					        join exam_question q on q.id = a.question_id
					        where c.sitting_id = s.id and q.kind = 'OPEN' and (q.id = m.question_id or q.parent_id = m.question_id)) as answers,
					       (select count(*) from exam_answer a join exam_candidate c on c.id = a.candidate_id
					        join exam_question q on q.id = a.question_id
					        where c.sitting_id = s.id and q.kind = 'OPEN' and a.score is null
					          and (q.id = m.question_id or q.parent_id = m.question_id)) as unmarked
					from exam_marker m join exam_sitting s on s.id = m.sitting_id
					join exam_paper_question p on p.sitting_id = s.id and p.question_id = m.question_id
					where m.username = :u and s.status <> 'DRAFT'
					order by s.closes_at desc, p.position
					""")
			.param("u", user.username())
			.query((rs, n) -> {
				Instant closes = rs.getTimestamp("closes_at").toInstant();
				boolean readable = !now.isBefore(closes);
				return new MarkingView.Task(rs.getLong(1), rs.getString(2), rs.getInt(3), rs.getLong(4), closes,
						readable, readable ? rs.getLong("answers") : 0, readable ? rs.getLong("unmarked") : 0);
			})
			.list();
	}

	private Map<String, Object> assignment(long sittingId, long questionId) {
		CurrentUser user = this.access.current();
		List<Map<String, Object>> rows = this.jdbc.sql("""
				select s.title, s.closes_at, s.status, p.position from exam_marker m
				join exam_sitting s on s.id = m.sitting_id
				join exam_paper_question p on p.sitting_id = s.id and p.question_id = m.question_id
				where m.sitting_id = :s and m.question_id = :q and m.username = :u
				""").param("s", sittingId).param("q", questionId).param("u", user.username()).query().listOfRows();
		if (rows.isEmpty()) {
			throw new AccessDeniedException("Not a marker of this question");
		}
		Instant closes = ((Timestamp) rows.get(0).get("closes_at")).toInstant();
		if (Instant.now().isBefore(closes)) {
			throw new BusinessRuleException("exams.error.windowOpen");
		}
		return rows.get(0);
	}

	/**
	 * The answers to one paper question's open items, for its marker after the window.
	 * Attempts still unsubmitted are closed (and their choices marked) first.
	 */
	@Transactional
	public MarkingView.Sheet sheet(long sittingId, long questionId) {
		Map<String, Object> assignment = assignment(sittingId, questionId);
		this.jdbc.sql(
				"select id from exam_candidate where sitting_id = :s and submitted_at is null and started_at is not null")
			.param("s", sittingId)
			.query(Long.class)
			.list()
			.forEach((candidate) -> {
				this.jdbc.sql("""
						update exam_candidate set submitted_at = deadline_at, timed_out = true where id = :id
						""").param("id", candidate).update();
				this.taking.autoMark(candidate);
			});
		BankView.Question question = this.banks.questions("q.id = :q", Map.of("q", questionId)).get(0);
		Map<Long, BankView.Question> open = new HashMap<>();
		if (question.kind() == QuestionKind.OPEN) {
			open.put(question.id(), question);
		}
		question.items().stream().filter((i) -> i.kind() == QuestionKind.OPEN).forEach((i) -> open.put(i.id(), i));
		List<MarkingView.Answer> answers = new ArrayList<>();
		Map<Long, Integer> numbers = new HashMap<>();
		this.jdbc.sql("select id from exam_candidate where sitting_id = :s order by id")
			.param("s", sittingId)
			.query(Long.class)
			.list()
			.forEach((c) -> numbers.put(c, numbers.size() + 1));
		if (!open.isEmpty()) {
			this.jdbc.sql("""
					select a.candidate_id, a.question_id, a.answer, a.score from exam_answer a
					join exam_candidate c on c.id = a.candidate_id
					where c.sitting_id = :s and a.question_id in (:q) order by a.candidate_id, a.question_id
					""").param("s", sittingId).param("q", open.keySet()).query((rs) -> {
				BankView.Question item = open.get(rs.getLong(2));
				answers.add(new MarkingView.Answer(rs.getLong(1), numbers.get(rs.getLong(1)), item.id(), item.stem(),
						item.points(), rs.getString(3), rs.getBigDecimal(4)));
			});
		}
		return new MarkingView.Sheet(sittingId, (String) assignment.get("title"),
				((Number) assignment.get("position")).intValue(), question, answers,
				SittingStatus.valueOf((String) assignment.get("status")) == SittingStatus.RELEASED);
	}

	/**
	 * Gives a score to one candidate's answer to one open item of a question the caller
	 * marks.
	 */
	@Transactional
	public void mark(long sittingId, long questionId, long candidateId, long itemId, BigDecimal score) {
		Map<String, Object> assignment = assignment(sittingId, questionId);
		if (SittingStatus.valueOf((String) assignment.get("status")) == SittingStatus.RELEASED) {
			throw new BusinessRuleException("exams.error.released");
		}
		BigDecimal points = this.jdbc.sql("""
				select points from exam_question where id = :i and kind = 'OPEN' and (id = :q or parent_id = :q)
				""")
			.param("i", itemId)
			.param("q", questionId)
			.query(BigDecimal.class)
			.optional()
			.orElseThrow(() -> new ExamNotFoundException("item " + itemId));
		if (score == null || score.signum() < 0 || score.compareTo(points) > 0 || score.scale() > 1) {
			throw new BusinessRuleException("exams.error.score", points.toPlainString());
		}
		CurrentUser user = this.access.current();
		int updated = this.jdbc.sql("""
				update exam_answer set score = :sc, marked_by = :u where candidate_id = :c and question_id = :i
				and candidate_id in (select id from exam_candidate where sitting_id = :s)
				""")
			.param("sc", score)
			.param("u", user.username())
			.param("c", candidateId)
			.param("i", itemId)
			.param("s", sittingId)
			.update();
		if (updated == 0) {
			throw new ExamNotFoundException("answer");
		}
	}

	/**
	 * A question's image for its marker, after the window.
	 */
	@Transactional(readOnly = true)
	public QuestionImage imageForMarker(long sittingId, long questionId) {
		Long paperQuestion = this.jdbc.sql("""
				select p.question_id from exam_paper_question p join exam_question q
				on q.id = :q and (p.question_id = q.id or p.question_id = q.parent_id) where p.sitting_id = :s
				""")
			.param("q", questionId)
			.param("s", sittingId)
			.query(Long.class)
			.optional()
			.orElseThrow(() -> new ExamNotFoundException("question " + questionId));
		assignment(sittingId, paperQuestion);
		return this.banks.imageOf(questionId);
	}

}
