package com.clinigrad.exams;

import java.math.BigDecimal;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import com.clinigrad.accounts.CurrentUser;
import com.clinigrad.shared.BusinessRuleException;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A candidate sitting an exam (在线答题): the attempt is bound to the first browser session
 * that opens it (another session is refused), ends at the earlier of the start plus the
 * duration and the window's end, keeps every answer on the server as it is given, and is
 * marked by the machine for its choices when it is submitted or runs out of time.
 * Questions reach only the candidate's own open attempt.
 */
@Service
public class ExamTaking {

	/**
	 * Saves reaching the server this long after the deadline still count (the network).
	 */
	static final Duration GRACE = Duration.ofSeconds(3);

	private static final SecureRandom TOKENS = new SecureRandom();

	private final JdbcClient jdbc;

	private final ExamAccess access;

	private final ExamSittings sittings;

	ExamTaking(JdbcClient jdbc, ExamAccess access, ExamSittings sittings) {
		this.jdbc = jdbc;
		this.access = access;
		this.sittings = sittings;
	}

	/**
	 * The caller's sittings (published or released), soonest first.
	 */
	@Transactional(readOnly = true)
	public List<SittingView.Mine> mine() {
		CurrentUser user = this.access.requireStudent();
		Instant now = Instant.now();
		return this.jdbc
			.sql("""
					select c.id, s.title, s.opens_at, s.closes_at, s.duration_minutes, c.started_at, c.submitted_at, s.status,
					       case when s.status = 'RELEASED' then c.score end as score
					from exam_candidate c join exam_sitting s on s.id = c.sitting_id
					where c.student_no = :no and s.status <> 'DRAFT' order by s.opens_at, s.id
					""")
			.param("no", user.studentNo())
			.query((rs, n) -> {
				Instant opens = rs.getTimestamp("opens_at").toInstant();
				Instant closes = rs.getTimestamp("closes_at").toInstant();
				Instant submitted = ExamSittings.instant(rs.getTimestamp("submitted_at"));
				SittingStatus status = SittingStatus.valueOf(rs.getString("status"));
				return new SittingView.Mine(rs.getLong("id"), rs.getString("title"), opens, closes,
						rs.getInt("duration_minutes"), ExamSittings.instant(rs.getTimestamp("started_at")), submitted,
						status, rs.getBigDecimal("score"), status == SittingStatus.PUBLISHED && submitted == null
								&& !now.isBefore(opens) && now.isBefore(closes));
			})
			.list();
	}

	/**
	 * The attempt row with its sitting, for the caller as this candidate only.
	 */
	private Attempt attempt(long candidateId) {
		CurrentUser user = this.access.requireStudent();
		return this.jdbc.sql("""
				select c.id, c.sitting_id, c.seed, c.attempt_token, c.started_at, c.deadline_at, c.submitted_at,
				       s.status, s.opens_at, s.closes_at, s.duration_minutes, s.title
				from exam_candidate c join exam_sitting s on s.id = c.sitting_id
				where c.id = :id and c.student_no = :no
				""")
			.param("id", candidateId)
			.param("no", user.studentNo())
			.query((rs, n) -> new Attempt(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getString(4),
					ExamSittings.instant(rs.getTimestamp(5)), ExamSittings.instant(rs.getTimestamp(6)),
					ExamSittings.instant(rs.getTimestamp(7)), SittingStatus.valueOf(rs.getString(8)),
					rs.getTimestamp(9).toInstant(), rs.getTimestamp(10).toInstant(), rs.getInt(11), rs.getString(12)))
			.optional()
			.orElseThrow(() -> new ExamNotFoundException("candidate " + candidateId));
	}

	private record Attempt(long id, long sittingId, long seed, String token, Instant startedAt, Instant deadline,
			Instant submittedAt, SittingStatus status, Instant opensAt, Instant closesAt, int durationMinutes,
			String title) {

		void requireOpen(Instant now) {
			if (this.status != SittingStatus.PUBLISHED || now.isBefore(this.opensAt)) {
				throw new BusinessRuleException("exams.error.notOpen");
			}
			if (this.submittedAt != null) {
				throw new BusinessRuleException("exams.error.submitted");
			}
			if (!now.isBefore(this.closesAt) && this.startedAt == null) {
				throw new BusinessRuleException("exams.error.closed");
			}
		}

		void requireSession(String presented) {
			if (this.token == null) {
				throw new BusinessRuleException("exams.error.notStarted");
			}
			if (!this.token.equals(presented)) {
				throw new BusinessRuleException("exams.error.otherDevice");
			}
		}

		boolean timeUp(Instant now) {
			return this.deadline != null && !now.isBefore(this.deadline.plus(GRACE));
		}

	}

	/**
	 * Starts the attempt in this browser session or continues it there.
	 * @param presented the attempt token this session holds, or {@code null}
	 * @return the token the session is to hold
	 * @throws BusinessRuleException outside the window, after submitting, or from a
	 * second session ({@code exams.error.otherDevice})
	 */
	@Transactional
	public String begin(long candidateId, String presented) {
		Attempt attempt = attempt(candidateId);
		Instant now = Instant.now();
		attempt.requireOpen(now);
		if (attempt.token() != null) {
			attempt.requireSession(presented);
			return attempt.token();
		}
		String token = HexFormat.of().formatHex(randomBytes());
		Instant deadline = now.plus(Duration.ofMinutes(attempt.durationMinutes()));
		if (deadline.isAfter(attempt.closesAt())) {
			deadline = attempt.closesAt();
		}
		int updated = this.jdbc.sql("""
				update exam_candidate set attempt_token = :t, started_at = :now, deadline_at = :d, version = version + 1
				where id = :id and attempt_token is null
				""")
			.param("t", token)
			.param("now", Timestamp.from(now))
			.param("d", Timestamp.from(deadline))
			.param("id", candidateId)
			.update();
		if (updated == 0) {
			throw new BusinessRuleException("exams.error.otherDevice");
		}
		return token;
	}

	private static byte[] randomBytes() {
		byte[] bytes = new byte[24];
		TOKENS.nextBytes(bytes);
		return bytes;
	}

	/**
	 * The candidate's paper in their order with their saved answers; an attempt whose
	 * time is up is submitted instead ({@code Optional.empty()}).
	 */
	@Transactional
	public Optional<CandidatePaper> paper(long candidateId, String presented) {
		Attempt attempt = attempt(candidateId);
		Instant now = Instant.now();
		attempt.requireOpen(now);
		attempt.requireSession(presented);
		if (attempt.timeUp(now)) {
			finish(attempt, true);
			return Optional.empty();
		}
		Map<Long, String> saved = new HashMap<>();
		this.jdbc.sql("select question_id, answer from exam_answer where candidate_id = :c")
			.param("c", candidateId)
			.query((rs) -> {
				saved.put(rs.getLong(1), rs.getString(2));
			});
		List<BankView.Question> paper = PaperShuffle.questions(this.sittings.paper(attempt.sittingId()),
				attempt.seed());
		List<CandidatePaper.Item> items = new ArrayList<>();
		int number = 0;
		for (BankView.Question question : paper) {
			number++;
			List<CandidatePaper.Item> caseItems = new ArrayList<>();
			int sub = 0;
			for (BankView.Question item : question.items()) {
				sub++;
				caseItems.add(item(sub, item, attempt.seed(), saved));
			}
			CandidatePaper.Item top = item(number, question, attempt.seed(), saved);
			items.add(new CandidatePaper.Item(number, top.id(), top.kind(), top.stem(), top.hasImage(), top.options(),
					top.chosen(), top.text(), caseItems));
		}
		return Optional.of(new CandidatePaper(candidateId, attempt.title(), attempt.deadline(), items));
	}

	private static CandidatePaper.Item item(int number, BankView.Question question, long seed,
			Map<Long, String> saved) {
		List<BankView.Option> order = PaperShuffle.options(question.options(), seed, question.id());
		List<CandidatePaper.Choice> choices = new ArrayList<>();
		for (int i = 0; i < order.size(); i++) {
			choices.add(new CandidatePaper.Choice(order.get(i).id(), String.valueOf((char) ('A' + i)),
					order.get(i).text()));
		}
		String answer = saved.get(question.id());
		Set<Long> chosen = (answer != null && question.kind().hasOptions()) ? ids(answer) : Set.of();
		String text = (answer != null && !question.kind().hasOptions()) ? answer : null;
		return new CandidatePaper.Item(number, question.id(), question.kind(), question.stem(), question.hasImage(),
				choices, chosen, text, List.of());
	}

	private static Set<Long> ids(String answer) {
		if (answer.isBlank()) {
			return Set.of();
		}
		return Arrays.stream(answer.split(",")).map(Long::valueOf).collect(Collectors.toSet());
	}

	/**
	 * Keeps one answer on the server (replacing the one saved before).
	 * @param optionIds the chosen options of a choice
	 * @param text the answer to an open item
	 */
	@Transactional
	public void save(long candidateId, String presented, long questionId, List<Long> optionIds, String text) {
		Attempt attempt = attempt(candidateId);
		Instant now = Instant.now();
		attempt.requireOpen(now);
		attempt.requireSession(presented);
		if (attempt.timeUp(now)) {
			throw new BusinessRuleException("exams.error.timeUp");
		}
		List<Map<String, Object>> rows = this.jdbc.sql("""
				select q.kind, o.id as option_id from exam_question q
				left join exam_option o on o.question_id = q.id
				where q.id = :q and q.kind <> 'CASE' and exists (select 1 from exam_paper_question p
				    where p.sitting_id = :s and (p.question_id = q.id or p.question_id = q.parent_id))
				""").param("q", questionId).param("s", attempt.sittingId()).query().listOfRows();
		if (rows.isEmpty()) {
			throw new ExamNotFoundException("question " + questionId + " on this paper");
		}
		QuestionKind kind = QuestionKind.valueOf((String) rows.get(0).get("kind"));
		String answer;
		if (kind.hasOptions()) {
			Set<Long> allowed = new HashSet<>();
			rows.forEach((r) -> allowed.add(((Number) r.get("option_id")).longValue()));
			Set<Long> chosen = new HashSet<>((optionIds != null) ? optionIds : List.of());
			if (!allowed.containsAll(chosen) || (kind == QuestionKind.SINGLE && chosen.size() > 1)) {
				throw new BusinessRuleException("exams.error.option");
			}
			answer = chosen.stream().sorted().map(String::valueOf).collect(Collectors.joining(","));
		}
		else {
			answer = (text != null) ? text.strip() : "";
			if (answer.length() > 4000) {
				throw new BusinessRuleException("exams.error.answerLength");
			}
		}
		this.jdbc.sql("""
				insert into exam_answer (candidate_id, question_id, answer, saved_at) values (:c, :q, :a, now())
				on conflict (candidate_id, question_id) do update set answer = excluded.answer, saved_at = now()
				""").param("c", candidateId).param("q", questionId).param("a", answer).update();
	}

	/**
	 * Submits the attempt (the candidate, or their page when the time is up) and marks
	 * its choices.
	 */
	@Transactional
	public void submit(long candidateId, String presented) {
		Attempt attempt = attempt(candidateId);
		Instant now = Instant.now();
		attempt.requireOpen(now);
		attempt.requireSession(presented);
		finish(attempt, !now.isBefore(attempt.deadline().minusSeconds(2)));
	}

	private void finish(Attempt attempt, boolean timedOut) {
		this.jdbc.sql("""
				update exam_candidate set submitted_at = :at, timed_out = :t, version = version + 1
				where id = :id and submitted_at is null
				""")
			.param("at", Timestamp.from(timedOut ? attempt.deadline() : Instant.now()))
			.param("t", timedOut)
			.param("id", attempt.id())
			.update();
		autoMark(attempt.id());
	}

	/**
	 * Marks the saved choices of a candidate.
	 */
	void autoMark(long candidateId) {
		Map<Long, Set<Long>> correct = new HashMap<>();
		Map<Long, Object[]> answers = new HashMap<>();
		this.jdbc.sql("""
				select a.question_id, a.answer, q.kind, q.points, o.id, o.correct
				from exam_answer a join exam_question q on q.id = a.question_id
				left join exam_option o on o.question_id = q.id
				where a.candidate_id = :c and q.kind in ('SINGLE', 'MULTIPLE')
				""").param("c", candidateId).query((rs) -> {
			long question = rs.getLong(1);
			answers.putIfAbsent(question, new Object[] { rs.getString(2), rs.getString(3), rs.getBigDecimal(4) });
			Set<Long> set = correct.computeIfAbsent(question, (k) -> new HashSet<>());
			if (rs.getBoolean(6)) {
				set.add(rs.getLong(5));
			}
		});
		answers.forEach((question, a) -> {
			BigDecimal score = ObjectiveMarking.score(QuestionKind.valueOf((String) a[1]), correct.get(question),
					ids((String) a[0]), (BigDecimal) a[2]);
			this.jdbc.sql("""
					update exam_answer set score = :s, marked_by = null where candidate_id = :c and question_id = :q
					""").param("s", score).param("c", candidateId).param("q", question).update();
		});
	}

	/**
	 * A question's image for the candidate whose open attempt (in this session) holds it.
	 */
	@Transactional(readOnly = true)
	public QuestionImage imageForCandidate(long candidateId, String presented, long questionId) {
		Attempt attempt = attempt(candidateId);
		Instant now = Instant.now();
		attempt.requireOpen(now);
		attempt.requireSession(presented);
		if (attempt.timeUp(now)) {
			throw new BusinessRuleException("exams.error.timeUp");
		}
		return this.jdbc.sql("""
				select q.image_type, q.image from exam_question q
				where q.id = :q and q.image is not null and exists (select 1 from exam_paper_question p
				    where p.sitting_id = :s and (p.question_id = q.id or p.question_id = q.parent_id))
				""")
			.param("q", questionId)
			.param("s", attempt.sittingId())
			.query((rs, n) -> new QuestionImage(rs.getString(1), rs.getBytes(2)))
			.optional()
			.orElseThrow(() -> new ExamNotFoundException("image " + questionId));
	}

}
