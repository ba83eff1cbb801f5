package com.clinigrad.exams;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;

import com.clinigrad.accounts.Role;
import com.clinigrad.support.Fixtures;

import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A published theory exam of a rotation department, straight in the database: a bank of
 * choices, a case (one choice item, one open item) and an open question; a paper of five
 * single choices, one multiple choice, the case and the open question; candidates in
 * rotation in the department; an office account and a marker of the open question.
 */
public final class ExamFixtures {

	public final String hospital;

	public final long departmentId;

	public final long bankId;

	public final long sittingId;

	public final String office;

	public final String marker;

	public final String otherMarker;

	/** The paper's open question (marked by {@link #marker}). */
	public final long openQuestion;

	/** The case question (marked by {@link #otherMarker}). */
	public final long caseQuestion;

	public final List<String> students = new ArrayList<>();

	public final List<String> logins = new ArrayList<>();

	public final List<Long> candidates = new ArrayList<>();

	public final List<Long> studentIds = new ArrayList<>();

	public final List<Long> rotations = new ArrayList<>();

	private final JdbcClient jdbc;

	private ExamFixtures(ApplicationContext context, int candidateCount, Instant opens, Instant closes, int minutes) {
		Fixtures fixtures = Fixtures.in(context);
		this.jdbc = context.getBean(JdbcClient.class);
		this.hospital = fixtures.hospital();
		this.departmentId = this.jdbc.sql(
				"select d.id from department d join hospital h on h.id = d.hospital_id where h.code = :h and d.code = 'D1'")
			.param("h", this.hospital)
			.query(Long.class)
			.single();
		String supervisor = fixtures.supervisor(this.hospital);
		this.office = fixtures.account(Set.of(Role.HOSPITAL_OFFICE), this.hospital, null, null, null);
		this.marker = fixtures.account(Set.of(Role.SUPERVISOR), null, null, supervisor, null);
		this.otherMarker = fixtures.account(Set.of(Role.DEPT_COORDINATOR), this.hospital, "D1", null, null);
		this.bankId = this.jdbc.sql("""
				insert into exam_bank (title, scope_kind, scope_code, hospital_code, created_by)
				values ('心内科出科题库', 'DEPARTMENT', 'D1', :h, 'test') returning id
				""").param("h", this.hospital).query(Long.class).single();
		List<Long> singles = new ArrayList<>();
		for (int i = 1; i <= 6; i++) {
			singles.add(choice("SINGLE", "单选题干 " + i + "：心电图表现", 2, List.of("甲" + i, "乙" + i, "丙" + i, "丁" + i),
					Set.of(0)));
		}
		long multiple = choice("MULTIPLE", "多选题干：心衰的诱因", 3, List.of("感染", "心律失常", "规律服药"), Set.of(0, 1));
		this.caseQuestion = question(null, "CASE", "病例：男，65 岁，胸痛 3 小时", 4, "1");
		choiceUnder(this.caseQuestion, "首选检查", List.of("心电图", "腹部超声", "头颅 CT"), Set.of(0));
		question(this.caseQuestion, "OPEN", "写出初步诊断及依据", 4, "6");
		this.openQuestion = question(null, "OPEN", "简述急性心肌梗死的再灌注治疗", 3, "5");
		this.sittingId = this.jdbc.sql("""
				insert into exam_sitting (bank_id, title, hospital_code, purpose, department_id, opens_at, closes_at,
				    duration_minutes, status, created_by)
				values (:b, '心内科出科理论考试', :h, 'ROTATION_THEORY', :d, :o, :c, :m, 'PUBLISHED', 'test') returning id
				""")
			.param("b", this.bankId)
			.param("h", this.hospital)
			.param("d", this.departmentId)
			.param("o", Timestamp.from(opens))
			.param("c", Timestamp.from(closes))
			.param("m", minutes)
			.query(Long.class)
			.single();
		this.jdbc.sql("""
				insert into exam_rule (sitting_id, kind, difficulty_min, difficulty_max, question_count)
				values (:s, 'SINGLE', 1, 5, 5)
				""").param("s", this.sittingId).update();
		List<Long> paper = new ArrayList<>(singles.subList(0, 5));
		paper.add(multiple);
		paper.add(this.caseQuestion);
		paper.add(this.openQuestion);
		for (int i = 0; i < paper.size(); i++) {
			this.jdbc.sql("insert into exam_paper_question (sitting_id, position, question_id) values (:s, :p, :q)")
				.param("s", this.sittingId)
				.param("p", i + 1)
				.param("q", paper.get(i))
				.update();
		}
		marker(this.openQuestion, this.marker);
		marker(this.caseQuestion, this.otherMarker);
		Random seeds = new Random();
		LocalDate today = LocalDate.now(com.clinigrad.shared.SchoolTime.ZONE);
		for (int i = 0; i < candidateCount; i++) {
			String studentNo = fixtures.student(this.hospital, supervisor);
			long studentId = fixtures.studentId(studentNo);
			this.students.add(studentNo);
			this.studentIds.add(studentId);
			this.logins.add(fixtures.account(Set.of(Role.STUDENT), null, null, null, studentNo));
			this.rotations.add(this.jdbc.sql("""
					insert into rotation (student_id, department_id, start_date, end_date, recorded_by)
					values (:s, :d, :from, :to, 'test') returning id
					""")
				.param("s", studentId)
				.param("d", this.departmentId)
				.param("from", today.minusDays(25))
				.param("to", today.plusDays(5))
				.query(Long.class)
				.single());
			this.candidates.add(this.jdbc.sql("""
					insert into exam_candidate (sitting_id, student_id, student_no, seed) values (:s, :st, :no, :seed)
					returning id
					""")
				.param("s", this.sittingId)
				.param("st", studentId)
				.param("no", studentNo)
				.param("seed", seeds.nextLong())
				.query(Long.class)
				.single());
		}
	}

	/**
	 * A sitting open now for {@code minutes}, its window closing at {@code closes}.
	 */
	public static ExamFixtures open(ApplicationContext context, int candidates, Instant closes, int minutes) {
		return new ExamFixtures(context, candidates, Instant.now().minusSeconds(60), closes, minutes);
	}

	/**
	 * A sitting whose window of two hours opens at {@code opens}, still to come.
	 */
	public static ExamFixtures upcoming(ApplicationContext context, int candidates, Instant opens, int minutes) {
		return new ExamFixtures(context, candidates, opens, opens.plusSeconds(7200), minutes);
	}

	private long question(Long parent, String kind, String stem, int difficulty, String points) {
		return this.jdbc.sql("""
				insert into exam_question (bank_id, parent_id, kind, stem, difficulty, competency, points)
				values (:b, :p, :k, :s, :d, 'KNOWLEDGE_SKILLS', cast(:pts as numeric)) returning id
				""")
			.param("b", this.bankId)
			.param("p", parent)
			.param("k", kind)
			.param("s", stem)
			.param("d", difficulty)
			.param("pts", points)
			.query(Long.class)
			.single();
	}

	private long choice(String kind, String stem, int difficulty, List<String> options, Set<Integer> correct) {
		long id = question(null, kind, stem, difficulty, "2");
		options(id, options, correct);
		return id;
	}

	private void choiceUnder(long parent, String stem, List<String> options, Set<Integer> correct) {
		options(question(parent, "SINGLE", stem, 3, "2"), options, correct);
	}

	private void options(long question, List<String> options, Set<Integer> correct) {
		for (int i = 0; i < options.size(); i++) {
			this.jdbc.sql("insert into exam_option (question_id, position, text, correct) values (:q, :p, :t, :c)")
				.param("q", question)
				.param("p", i)
				.param("t", options.get(i))
				.param("c", correct.contains(i))
				.update();
		}
	}

	private void marker(long question, String username) {
		this.jdbc.sql("insert into exam_marker (sitting_id, question_id, username) values (:s, :q, :u)")
			.param("s", this.sittingId)
			.param("q", question)
			.param("u", username)
			.update();
	}

	/**
	 * Moves the window's end to now (as if the time had passed).
	 */
	public void closeWindow() {
		this.jdbc.sql("update exam_sitting set closes_at = now() - interval '1 second' where id = :s")
			.param("s", this.sittingId)
			.update();
		this.jdbc.sql(
				"update exam_candidate set deadline_at = now() - interval '1 second' where sitting_id = :s and deadline_at > now()")
			.param("s", this.sittingId)
			.update();
	}

	public long version() {
		return this.jdbc.sql("select version from exam_sitting where id = :s")
			.param("s", this.sittingId)
			.query(Long.class)
			.single();
	}

	/**
	 * The open items of the paper (the case's open item and the open question).
	 */
	public List<Long> openItems() {
		return this.jdbc.sql("""
				select id from exam_question where kind = 'OPEN' and (id = :o or parent_id = :c) order by id
				""").param("o", this.openQuestion).param("c", this.caseQuestion).query(Long.class).list();
	}

}
