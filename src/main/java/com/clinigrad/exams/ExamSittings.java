package com.clinigrad.exams;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import com.clinigrad.accounts.AccountDirectory;
import com.clinigrad.accounts.CurrentUser;
import com.clinigrad.accounts.Role;
import com.clinigrad.organization.DepartmentView;
import com.clinigrad.organization.Organization;
import com.clinigrad.shared.BusinessRuleException;
import com.clinigrad.shared.SchoolTime;
import com.clinigrad.students.StudentKey;
import com.clinigrad.students.StudentRegistry;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sittings (考试场次): the office sets one up on a bank with a window, a duration, drawing
 * rules, the candidates and the markers of the open items; publishing draws the one paper
 * of the sitting; after the window and the marking, releasing sends the results on
 * ({@link ExamResultsReleased}). Staff see the paper's questions only after the window.
 */
@Service
public class ExamSittings {

	private static final SecureRandom SEEDS = new SecureRandom();

	/** A window's times as the sitting form shows them, in the school's time. */
	private static final DateTimeFormatter WINDOW_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

	private final JdbcClient jdbc;

	private final ExamAccess access;

	private final QuestionBanks banks;

	private final Organization organization;

	private final StudentRegistry students;

	private final ApplicationEventPublisher events;

	private final AccountDirectory accounts;

	ExamSittings(JdbcClient jdbc, ExamAccess access, QuestionBanks banks, Organization organization,
			StudentRegistry students, ApplicationEventPublisher events, AccountDirectory accounts) {
		this.accounts = accounts;
		this.jdbc = jdbc;
		this.access = access;
		this.banks = banks;
		this.organization = organization;
		this.students = students;
		this.events = events;
	}

	private static final String ROW = """
			select s.id, s.title, b.title as bank_title, s.hospital_code, s.purpose, d.name as department_name, s.opens_at,
			       s.closes_at, s.duration_minutes, s.status,
			       (select count(*) from exam_candidate c where c.sitting_id = s.id) as candidates
			from exam_sitting s join exam_bank b on b.id = s.bank_id left join department d on d.id = s.department_id
			""";

	private static SittingView.Row row(java.sql.ResultSet rs) throws java.sql.SQLException {
		return new SittingView.Row(rs.getLong("id"), rs.getString("title"), rs.getString("bank_title"),
				rs.getString("hospital_code"), SittingPurpose.valueOf(rs.getString("purpose")),
				rs.getString("department_name"), rs.getTimestamp("opens_at").toInstant(),
				rs.getTimestamp("closes_at").toInstant(), rs.getInt("duration_minutes"),
				SittingStatus.valueOf(rs.getString("status")), rs.getInt("candidates"));
	}

	/**
	 * The sittings of the caller's hospital (all for the graduate school), newest first.
	 */
	@Transactional(readOnly = true)
	public List<SittingView.Row> list() {
		CurrentUser user = this.access.requireStaff();
		return this.jdbc.sql(ROW + " where :all or s.hospital_code = :h order by s.opens_at desc, s.id desc")
			.param("all", user.has(Role.GRAD_SCHOOL))
			.param("h", (user.hospitalCode() != null) ? user.hospitalCode() : "")
			.query((rs, n) -> row(rs))
			.list();
	}

	private static SittingPurpose purpose(String code) {
		if (code != null) {
			for (SittingPurpose purpose : SittingPurpose.values()) {
				if (purpose.name().equals(code.strip())) {
					return purpose;
				}
			}
		}
		throw new BusinessRuleException("exams.error.purpose");
	}

	SittingView.Row find(long sittingId) {
		return this.jdbc.sql(ROW + " where s.id = :id")
			.param("id", sittingId)
			.query((rs, n) -> row(rs))
			.optional()
			.orElseThrow(() -> new ExamNotFoundException("sitting " + sittingId));
	}

	/**
	 * Sets up a sitting (a draft) on a bank the caller may use.
	 * @return its id
	 */
	@Transactional
	public long create(SittingCommand command) {
		CurrentUser user = this.access.requireStaff();
		BankView.Row bank = this.banks.row(command.bankId());
		this.access.requireReaderOf(bank.hospitalCode());
		String hospital = user.has(Role.GRAD_SCHOOL) ? command.hospitalCode() : user.hospitalCode();
		if (hospital == null || this.organization.hospitalByCode(hospital).isEmpty()) {
			throw new BusinessRuleException("exams.error.hospital");
		}
		if (command.title() == null || command.title().isBlank()) {
			throw new BusinessRuleException("exams.error.title");
		}
		if (command.opensAt() == null || command.closesAt() == null || !command.closesAt().isAfter(command.opensAt())) {
			throw new BusinessRuleException("exams.error.window");
		}
		if (command.durationMinutes() < 1 || command.durationMinutes() > 600) {
			throw new BusinessRuleException("exams.error.duration");
		}
		requireWindowFitsDuration(command.opensAt(), command.closesAt(), command.durationMinutes());
		SittingPurpose purpose = purpose(command.purpose());
		boolean departmentGiven = command.departmentCode() != null && !command.departmentCode().isBlank();
		if (departmentGiven != purpose.namesDepartment()) {
			throw new BusinessRuleException(
					purpose.namesDepartment() ? "exams.error.department" : "exams.error.departmentNotForPurpose");
		}
		Long departmentId = null;
		if (departmentGiven) {
			departmentId = this.organization.department(hospital, command.departmentCode().strip())
				.map(DepartmentView::id)
				.orElseThrow(() -> new BusinessRuleException("exams.error.department"));
		}
		return this.jdbc.sql("""
				insert into exam_sitting (bank_id, title, hospital_code, purpose, department_id, opens_at, closes_at,
				    duration_minutes, status, created_by)
				values (:b, :t, :h, :p, :d, :o, :c, :m, 'DRAFT', :u) returning id
				""")
			.param("b", command.bankId())
			.param("t", command.title().strip())
			.param("h", hospital)
			.param("p", purpose.name())
			.param("d", departmentId)
			.param("o", java.sql.Timestamp.from(command.opensAt()))
			.param("c", java.sql.Timestamp.from(command.closesAt()))
			.param("m", command.durationMinutes())
			.param("u", user.username())
			.query(Long.class)
			.single();
	}

	/**
	 * The window holds the whole time to answer: a candidate who starts when it opens can
	 * use all of it (a shorter window would cut every paper short without saying so).
	 */
	private static void requireWindowFitsDuration(Instant opensAt, Instant closesAt, int durationMinutes) {
		Instant earliestClose = opensAt.plus(Duration.ofMinutes(durationMinutes));
		if (closesAt.isBefore(earliestClose)) {
			throw new BusinessRuleException("exams.error.windowShorterThanDuration", String.valueOf(durationMinutes),
					WINDOW_TIME.format(earliestClose.atZone(SchoolTime.ZONE)));
		}
	}

	private SittingView.Row requireEditable(long sittingId, long expectedVersion) {
		SittingView.Row sitting = find(sittingId);
		this.access.requireStaffOf(sitting.hospitalCode());
		if (!sitting.status().editable()) {
			throw new BusinessRuleException("exams.error.notDraft");
		}
		touch(sittingId, expectedVersion);
		return sitting;
	}

	private void touch(long sittingId, long expectedVersion) {
		int updated = this.jdbc.sql("update exam_sitting set version = version + 1 where id = :id and version = :v")
			.param("id", sittingId)
			.param("v", expectedVersion)
			.update();
		if (updated == 0) {
			throw new OptimisticLockingFailureException("Sitting changed meanwhile");
		}
	}

	/**
	 * Adds a drawing rule to a draft sitting.
	 */
	@Transactional
	public void addRule(long sittingId, long expectedVersion, PaperDraw.Rule rule) {
		if (rule.kind() == null || rule.count() < 1 || rule.difficultyMin() < 1 || rule.difficultyMax() > 5
				|| rule.difficultyMin() > rule.difficultyMax()) {
			throw new BusinessRuleException("exams.error.rule");
		}
		requireEditable(sittingId, expectedVersion);
		this.jdbc.sql("""
				insert into exam_rule (sitting_id, kind, difficulty_min, difficulty_max, competency, question_count)
				values (:s, :k, :min, :max, :c, :n)
				""")
			.param("s", sittingId)
			.param("k", rule.kind().name())
			.param("min", rule.difficultyMin())
			.param("max", rule.difficultyMax())
			.param("c", (rule.competency() != null) ? rule.competency().name() : null)
			.param("n", rule.count())
			.update();
	}

	/**
	 * Lists students of the sitting's hospital as its candidates, each with a seed of
	 * their own.
	 */
	@Transactional
	public void addCandidates(long sittingId, long expectedVersion, Collection<String> studentNos) {
		SittingView.Row sitting = requireEditable(sittingId, expectedVersion);
		Map<String, StudentKey> keys = this.students.keysByStudentNo(studentNos);
		List<String> unknown = studentNos.stream()
			.filter((no) -> !keys.containsKey(no) || !sitting.hospitalCode().equals(keys.get(no).hospitalCode()))
			.toList();
		if (!unknown.isEmpty()) {
			throw new BusinessRuleException("exams.error.candidates", String.join(", ", unknown));
		}
		for (StudentKey key : keys.values()) {
			this.jdbc.sql("""
					insert into exam_candidate (sitting_id, student_id, student_no, seed) values (:s, :st, :no, :seed)
					on conflict (sitting_id, student_id) do nothing
					""")
				.param("s", sittingId)
				.param("st", key.id())
				.param("no", key.studentNo())
				.param("seed", SEEDS.nextLong())
				.update();
		}
	}

	/**
	 * Publishes a draft: the paper is drawn by the rules, and the candidates may sit it
	 * in its window. Cannot be undone.
	 */
	@Transactional
	public void publish(long sittingId, long expectedVersion) {
		SittingView.Row sitting = find(sittingId);
		this.access.requireStaffOf(sitting.hospitalCode());
		sitting.status().moveTo(SittingStatus.PUBLISHED);
		if (sitting.candidates() == 0) {
			throw new BusinessRuleException("exams.error.noCandidates");
		}
		long bankId = this.jdbc.sql("select bank_id from exam_sitting where id = :id")
			.param("id", sittingId)
			.query(Long.class)
			.single();
		List<PaperDraw.Candidate> pool = this.jdbc.sql("""
				select id, kind, difficulty, competency from exam_question
				where bank_id = :b and parent_id is null and superseded_by is null and retired_at is null
				""")
			.param("b", bankId)
			.query((rs, n) -> new PaperDraw.Candidate(rs.getLong(1), QuestionKind.valueOf(rs.getString(2)),
					rs.getInt(3), TestedCompetency.valueOf(rs.getString(4))))
			.list();
		List<Long> paper = PaperDraw.draw(pool, rules(sittingId), new Random(SEEDS.nextLong()));
		touch(sittingId, expectedVersion);
		for (int i = 0; i < paper.size(); i++) {
			this.jdbc.sql("insert into exam_paper_question (sitting_id, position, question_id) values (:s, :p, :q)")
				.param("s", sittingId)
				.param("p", i + 1)
				.param("q", paper.get(i))
				.update();
		}
		this.jdbc.sql("update exam_sitting set status = 'PUBLISHED' where id = :id").param("id", sittingId).update();
	}

	List<PaperDraw.Rule> rules(long sittingId) {
		return this.jdbc.sql("""
				select kind, difficulty_min, difficulty_max, competency, question_count from exam_rule
				where sitting_id = :s order by id
				""")
			.param("s", sittingId)
			.query((rs, n) -> new PaperDraw.Rule(QuestionKind.valueOf(rs.getString(1)), rs.getInt(2), rs.getInt(3),
					(rs.getString(4) != null) ? TestedCompetency.valueOf(rs.getString(4)) : null, rs.getInt(5)))
			.list();
	}

	/**
	 * Names the markers of a paper question with open items (after publishing, while the
	 * paper is still unseen by them: they read it only after the window).
	 */
	@Transactional
	public void assignMarkers(long sittingId, long expectedVersion, int position, Collection<String> usernames) {
		SittingView.Row sitting = find(sittingId);
		this.access.requireStaffOf(sitting.hospitalCode());
		if (sitting.status() == SittingStatus.RELEASED) {
			throw new BusinessRuleException("exams.error.released");
		}
		Long questionId = this.jdbc
			.sql("select question_id from exam_paper_question where sitting_id = :s and position = :p")
			.param("s", sittingId)
			.param("p", position)
			.query(Long.class)
			.optional()
			.orElseThrow(() -> new BusinessRuleException("exams.error.position"));
		List<String> unknown = usernames.stream()
			.filter((u) -> this.jdbc.sql("select count(*) from user_account where username = :u")
				.param("u", u)
				.query(Long.class)
				.single() == 0)
			.toList();
		if (usernames.isEmpty() || !unknown.isEmpty()) {
			throw new BusinessRuleException("exams.error.markers", String.join(", ", unknown));
		}
		touch(sittingId, expectedVersion);
		for (String username : usernames) {
			this.jdbc
				.sql("""
						insert into exam_marker (sitting_id, question_id, username) values (:s, :q, :u) on conflict do nothing
						""")
				.param("s", sittingId)
				.param("q", questionId)
				.param("u", username)
				.update();
		}
	}

	/**
	 * A sitting for its office: rules, candidates, markers; the paper's questions and the
	 * item statistics only after the window has closed.
	 */
	@Transactional(readOnly = true)
	public SittingView.Detail detail(long sittingId) {
		SittingView.Row sitting = find(sittingId);
		this.access.requireStaffOf(sitting.hospitalCode());
		Map<String, Object> meta = this.jdbc.sql("select version, bank_id from exam_sitting where id = :id")
			.param("id", sittingId)
			.query()
			.singleRow();
		List<SittingView.CandidateRow> candidates = this.jdbc.sql("""
				select c.id, c.student_no, st.name, c.started_at, c.submitted_at, c.timed_out, c.score,
				       (select count(*) from exam_answer a where a.candidate_id = c.id) as answered
				from exam_candidate c join student st on st.id = c.student_id
				where c.sitting_id = :s order by c.student_no
				""")
			.param("s", sittingId)
			.query((rs, n) -> new SittingView.CandidateRow(rs.getLong("id"), rs.getString("student_no"),
					rs.getString("name"), instant(rs.getTimestamp("started_at")),
					instant(rs.getTimestamp("submitted_at")), rs.getBoolean("timed_out"), rs.getInt("answered"),
					rs.getBigDecimal("score")))
			.list();
		List<SittingView.MarkerRow> markers = this.jdbc.sql("""
				select m.username, m.question_id, p.position from exam_marker m
				join exam_paper_question p on p.sitting_id = m.sitting_id and p.question_id = m.question_id
				where m.sitting_id = :s order by p.position, m.username
				""")
			.param("s", sittingId)
			.query((rs, n) -> new SittingView.MarkerRow(rs.getString(1), null, rs.getLong(2), rs.getInt(3)))
			.list();
		Map<String, String> markerNames = this.accounts
			.displayNames(markers.stream().map(SittingView.MarkerRow::username).toList());
		markers = markers.stream()
			.map((m) -> new SittingView.MarkerRow(m.username(), QuestionVersions.name(m.username(), markerNames),
					m.questionId(), m.position()))
			.toList();
		List<SittingView.RuleRow> rules = rules(sittingId).stream()
			.map((r) -> new SittingView.RuleRow(r.kind(), r.difficultyMin(), r.difficultyMax(), r.competency(),
					r.count()))
			.toList();
		int paperSize = this.jdbc.sql("select count(*) from exam_paper_question where sitting_id = :s")
			.param("s", sittingId)
			.query(Integer.class)
			.single();
		boolean closed = !Instant.now().isBefore(sitting.closesAt());
		List<BankView.Question> paper = closed ? paper(sittingId) : List.of();
		List<SittingView.ItemRow> statistics = (sitting.status() == SittingStatus.RELEASED) ? statistics(sittingId)
				: List.of();
		return new SittingView.Detail(sitting, ((Number) meta.get("version")).longValue(),
				((Number) meta.get("bank_id")).longValue(), rules, candidates, markers, paperSize, closed, paper,
				statistics);
	}

	/**
	 * The paper's questions in the sitting's order (no access check: callers check).
	 */
	List<BankView.Question> paper(long sittingId) {
		List<BankView.Question> questions = this.banks.questions(
				"q.id in (select question_id from exam_paper_question where sitting_id = :s)", Map.of("s", sittingId));
		Map<Long, Integer> order = new HashMap<>();
		this.jdbc.sql("select question_id, position from exam_paper_question where sitting_id = :s")
			.param("s", sittingId)
			.query((rs) -> {
				order.put(rs.getLong(1), rs.getInt(2));
			});
		List<BankView.Question> sorted = new ArrayList<>(questions);
		sorted.sort(java.util.Comparator.comparing((q) -> order.get(q.id())));
		return sorted;
	}

	/**
	 * Releases the results after the window, once every open item is marked: each
	 * candidate's score out of 100 is kept and sent on. Cannot be undone.
	 */
	@Transactional
	public void release(long sittingId, long expectedVersion) {
		SittingView.Row sitting = find(sittingId);
		this.access.requireStaffOf(sitting.hospitalCode());
		sitting.status().moveTo(SittingStatus.RELEASED);
		if (Instant.now().isBefore(sitting.closesAt())) {
			throw new BusinessRuleException("exams.error.windowOpen");
		}
		this.jdbc.sql("""
				update exam_candidate set submitted_at = coalesce(deadline_at, :closes), timed_out = true
				where sitting_id = :s and submitted_at is null
				""").param("s", sittingId).param("closes", java.sql.Timestamp.from(sitting.closesAt())).update();
		long unmarked = this.jdbc.sql("""
				select count(*) from exam_answer a join exam_candidate c on c.id = a.candidate_id
				where c.sitting_id = :s and a.score is null
				""").param("s", sittingId).query(Long.class).single();
		if (unmarked > 0) {
			throw new BusinessRuleException("exams.error.unmarked", unmarked);
		}
		BigDecimal total = this.jdbc.sql("""
				select coalesce(sum(case when q.kind = 'CASE' then 0 else q.points end), 0)
				     + coalesce(sum((select sum(i.points) from exam_question i where i.parent_id = q.id)), 0)
				from exam_paper_question p join exam_question q on q.id = p.question_id where p.sitting_id = :s
				""").param("s", sittingId).query(BigDecimal.class).single();
		List<ExamResultsReleased.Result> results = new ArrayList<>();
		Map<Long, BigDecimal> sums = new LinkedHashMap<>();
		this.jdbc
			.sql("""
					select c.id, c.student_id, coalesce((select sum(a.score) from exam_answer a where a.candidate_id = c.id), 0)
					from exam_candidate c where c.sitting_id = :s and c.started_at is not null order by c.id
					""")
			.param("s", sittingId)
			.query((rs) -> {
				BigDecimal score = (total.signum() == 0) ? BigDecimal.ZERO
						: rs.getBigDecimal(3).multiply(BigDecimal.valueOf(100)).divide(total, 1, RoundingMode.HALF_UP);
				sums.put(rs.getLong(1), score);
				results.add(new ExamResultsReleased.Result(rs.getLong(2), score));
			});
		sums.forEach((candidate, score) -> this.jdbc.sql("update exam_candidate set score = :sc where id = :id")
			.param("sc", score)
			.param("id", candidate)
			.update());
		touch(sittingId, expectedVersion);
		this.jdbc.sql("update exam_sitting set status = 'RELEASED', released_at = now() where id = :id")
			.param("id", sittingId)
			.update();
		LocalDate heldOn = sitting.opensAt().atZone(SchoolTime.ZONE).toLocalDate();
		Long departmentId = sitting.purpose().namesDepartment()
				? this.jdbc.sql("select department_id from exam_sitting where id = :id")
					.param("id", sittingId)
					.query(Long.class)
					.optional()
					.orElse(null)
				: null;
		this.events.publishEvent(new ExamResultsReleased(sittingId, sitting.purpose(), departmentId, heldOn, results));
	}

	/**
	 * Sittings named where their results went, for whoever sees those results there: each
	 * sitting's title and the page the caller may follow — the sitting's own page for the
	 * graduate school and the sitting's hospital office, the candidate's list of exams
	 * for a student who sat it, none for anyone else.
	 */
	@Transactional(readOnly = true)
	public Map<Long, SittingView.Link> links(Collection<Long> sittingIds) {
		if (sittingIds.isEmpty()) {
			return Map.of();
		}
		CurrentUser user = this.access.current();
		Map<Long, SittingView.Link> links = new HashMap<>();
		this.jdbc.sql("""
				select s.id, s.title, s.hospital_code,
				       exists (select 1 from exam_candidate c where c.sitting_id = s.id and c.student_no = :no) as sat
				from exam_sitting s where s.id in (:ids)
				""")
			.param("no", (user.studentNo() != null) ? user.studentNo() : "")
			.param("ids", sittingIds)
			.query((rs) -> {
				long id = rs.getLong("id");
				String href = null;
				if (user.has(Role.GRAD_SCHOOL) || user.isOfficeOf(rs.getString("hospital_code"))) {
					href = "/exams/sittings/" + id;
				}
				else if (user.has(Role.STUDENT) && rs.getBoolean("sat")) {
					href = "/exams/mine";
				}
				links.put(id, new SittingView.Link(id, rs.getString("title"), href));
			});
		return links;
	}

	/**
	 * Difficulty and discrimination of each marked item (each choice, each case item,
	 * each open question) of a released sitting.
	 */
	List<SittingView.ItemRow> statistics(long sittingId) {
		Map<Long, Double> totals = new HashMap<>();
		Map<Long, Map<Long, Double>> shares = new LinkedHashMap<>();
		Map<Long, Object[]> items = new LinkedHashMap<>();
		this.jdbc.sql("""
				select a.candidate_id, a.question_id, a.score / q.points, q.stem, q.kind
				from exam_answer a join exam_question q on q.id = a.question_id
				join exam_candidate c on c.id = a.candidate_id
				where c.sitting_id = :s order by a.question_id
				""").param("s", sittingId).query((rs) -> {
			long candidate = rs.getLong(1);
			long question = rs.getLong(2);
			double share = rs.getDouble(3);
			totals.merge(candidate, share, Double::sum);
			shares.computeIfAbsent(question, (k) -> new HashMap<>()).put(candidate, share);
			items.putIfAbsent(question, new Object[] { rs.getString(4), rs.getString(5) });
		});
		this.jdbc.sql("select id from exam_candidate where sitting_id = :s and started_at is not null")
			.param("s", sittingId)
			.query(Long.class)
			.list()
			.forEach((c) -> totals.putIfAbsent(c, 0.0));
		List<SittingView.ItemRow> rows = new ArrayList<>();
		items.forEach((question, info) -> {
			ItemStatistics.Figures figures = ItemStatistics.of(totals, shares.get(question));
			rows.add(new SittingView.ItemRow(question, (String) info[0], QuestionKind.valueOf((String) info[1]),
					figures.candidates(), figures.difficulty(), figures.discrimination()));
		});
		return rows;
	}

	static Instant instant(java.sql.Timestamp timestamp) {
		return (timestamp != null) ? timestamp.toInstant() : null;
	}

}
