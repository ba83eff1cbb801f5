package com.clinigrad.surveys;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import com.clinigrad.accounts.CurrentUser;
import com.clinigrad.accounts.CurrentUsers;
import com.clinigrad.accounts.Role;
import com.clinigrad.shared.BusinessRuleException;
import com.clinigrad.students.StudentKey;
import com.clinigrad.students.StudentRegistry;
import com.clinigrad.students.StudentView;
import com.clinigrad.supervisors.SupervisorDirectory;
import com.clinigrad.supervisors.SupervisorRef;
import com.clinigrad.supervisors.SupervisorSatisfaction;
import com.clinigrad.surveys.SurveyViews.Question;
import com.clinigrad.surveys.SurveyViews.Results;
import com.clinigrad.surveys.SurveyViews.Round;
import com.clinigrad.surveys.SurveyViews.TargetResult;
import com.clinigrad.surveys.SurveyViews.Template;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Satisfaction surveys (满意度调查): the graduate school opens a round of a template for a
 * year and the students it chooses; each invited student answers once, anonymously — who
 * has answered is kept apart from the answers, which carry neither the student nor the
 * time, only the supervisor a supervision survey is about. Results are shown from the
 * template's minimum number of answers on (per supervisor for supervision surveys), and
 * feed the enrollment selection as {@link SupervisorSatisfaction}.
 */
@Service
public class SatisfactionSurveys implements SupervisorSatisfaction {

	/** Scores are 1–5; results are shown on 0–100 as the mean times this. */
	static final BigDecimal TO_HUNDRED = BigDecimal.valueOf(20);

	private final JdbcClient jdbc;

	private final CurrentUsers currentUsers;

	private final StudentRegistry students;

	private final SupervisorDirectory supervisors;

	SatisfactionSurveys(JdbcClient jdbc, CurrentUsers currentUsers, StudentRegistry students,
			SupervisorDirectory supervisors) {
		this.jdbc = jdbc;
		this.currentUsers = currentUsers;
		this.students = students;
		this.supervisors = supervisors;
	}

	/**
	 * @return the templates with their questions; graduate-school staff
	 */
	@Transactional(readOnly = true)
	public List<Template> templates() {
		this.currentUsers.require(Role.GRAD_SCHOOL);
		return allTemplates();
	}

	/**
	 * @return every round, the latest year first; graduate-school staff
	 */
	@Transactional(readOnly = true)
	public List<Round> rounds() {
		this.currentUsers.require(Role.GRAD_SCHOOL);
		return roundsWhere("true", Map.of());
	}

	/**
	 * Opens a round for the chosen students; graduate-school staff.
	 * @throws BusinessRuleException when the year has that template's round already, a
	 * student number is unknown, or nobody is chosen
	 */
	@Transactional
	public long open(OpenRoundCommand command) {
		this.currentUsers.require(Role.GRAD_SCHOOL);
		List<String> chosen = command.studentNos();
		if (chosen.isEmpty() && command.programCode() != null) {
			chosen = this.students.visibleKeysOf(command.programCode(), null)
				.stream()
				.map(StudentKey::studentNo)
				.toList();
		}
		return openFor(command, chosen, this.currentUsers.currentUsername());
	}

	/**
	 * Opens a round for trusted code (the demo data), with the same checks.
	 */
	@Transactional
	public long openAs(OpenRoundCommand command, String by) {
		return openFor(command, command.studentNos(), by);
	}

	private long openFor(OpenRoundCommand command, List<String> chosen, String by) {
		Template template = allTemplates().stream()
			.filter((t) -> t.code().equals(command.templateCode()))
			.findFirst()
			.orElseThrow(() -> new SurveyNotFoundException(command.templateCode()));
		if (command.opensOn() == null || command.closesOn() == null || command.closesOn().isBefore(command.opensOn())) {
			throw new BusinessRuleException("survey.error.days");
		}
		Set<String> numbers = new LinkedHashSet<>(chosen);
		if (numbers.isEmpty()) {
			throw new BusinessRuleException("survey.error.nobody");
		}
		Map<String, StudentKey> keys = this.students.keysByStudentNo(numbers);
		List<String> unknown = numbers.stream().filter((no) -> !keys.containsKey(no)).toList();
		if (!unknown.isEmpty()) {
			throw new BusinessRuleException("survey.error.unknownStudents", String.join(", ", unknown));
		}
		boolean taken = this.jdbc.sql("select count(*) from survey_round where year = :y and template_id = :t")
			.param("y", command.year())
			.param("t", template.id())
			.query(Long.class)
			.single() > 0;
		if (taken) {
			throw new BusinessRuleException("survey.error.roundTaken", command.year(), template.name());
		}
		long roundId = this.jdbc.sql("""
				insert into survey_round (year, template_id, opens_on, closes_on, created_by)
				values (:y, :t, :opens, :closes, :by) returning id""")
			.param("y", command.year())
			.param("t", template.id())
			.param("opens", command.opensOn())
			.param("closes", command.closesOn())
			.param("by", by)
			.query(Long.class)
			.single();
		Map<String, Long> supervisorOf = (template.kind() == SurveyKind.SUPERVISION) ? supervisorsOf(numbers)
				: Map.of();
		for (String no : numbers) {
			this.jdbc.sql("""
					insert into survey_invitation (round_id, student_id, target_supervisor_id) values (:r, :s, :t)""")
				.param("r", roundId)
				.param("s", keys.get(no).id())
				.param("t", supervisorOf.get(no))
				.update();
		}
		return roundId;
	}

	/**
	 * @return the open rounds the calling student was asked to answer and has not
	 */
	@Transactional(readOnly = true)
	public List<Round> pendingForCaller(LocalDate today) {
		Long student = callerStudentId();
		if (student == null) {
			return List.of();
		}
		return roundsWhere("""
				r.opens_on <= :today and r.closes_on >= :today and exists (select 1 from survey_invitation i
				  where i.round_id = r.id and i.student_id = :s and not i.answered)""",
				Map.of("today", today, "s", student));
	}

	/**
	 * A round the calling student may answer now.
	 * @throws SurveyNotFoundException when the caller was not asked, has answered, or the
	 * round is not open
	 */
	@Transactional(readOnly = true)
	public Round toAnswer(long roundId, LocalDate today) {
		return pendingForCaller(today).stream()
			.filter((round) -> round.id() == roundId)
			.findFirst()
			.orElseThrow(() -> new SurveyNotFoundException("round " + roundId));
	}

	/**
	 * Records the calling student's answers, once per round: who answered goes to the
	 * invitation, the scores to an anonymous response.
	 * @param scores per question id, 1–5, every question of the template
	 */
	@Transactional
	public void answer(long roundId, Map<Long, Integer> scores, LocalDate today) {
		this.currentUsers.require(Role.STUDENT);
		store(toAnswer(roundId, today), callerStudentId(), scores);
	}

	/**
	 * Records an invited student's answers collected outside the app, with the checks
	 * {@link #answer} makes (open, invited, once), but no caller check: for loaders that
	 * run without a logged-in user (the demo university).
	 */
	@Transactional
	public void recordAnswer(long roundId, String studentNo, Map<Long, Integer> scores, LocalDate today) {
		StudentKey key = this.students.keysByStudentNo(List.of(studentNo)).get(studentNo);
		Round round = roundsWhere("r.id = :id and r.opens_on <= :today and r.closes_on >= :today",
				Map.of("id", roundId, "today", today))
			.stream()
			.findFirst()
			.orElseThrow(() -> new SurveyNotFoundException("round " + roundId));
		if (key == null) {
			throw new SurveyNotFoundException("student " + studentNo);
		}
		store(round, key.id(), scores);
	}

	/**
	 * @return the questions of a template by code, in order
	 */
	@Transactional(readOnly = true)
	public List<Question> questions(String templateCode) {
		return allTemplates().stream()
			.filter((t) -> t.code().equals(templateCode))
			.findFirst()
			.map(Template::questions)
			.orElseThrow(() -> new SurveyNotFoundException(templateCode));
	}

	private void store(Round round, Long student, Map<Long, Integer> scores) {
		long roundId = round.id();
		for (Question question : round.template().questions()) {
			Integer score = scores.get(question.id());
			if (score == null || score < 1 || score > 5) {
				throw new BusinessRuleException("survey.error.unanswered", question.position());
			}
		}
		int marked = this.jdbc
			.sql("""
					update survey_invitation set answered = true where round_id = :r and student_id = :s and not answered""")
			.param("r", roundId)
			.param("s", student)
			.update();
		if (marked == 0) {
			throw new BusinessRuleException("survey.error.answered");
		}
		Long target = this.jdbc
			.sql("select target_supervisor_id from survey_invitation where round_id = :r and student_id = :s")
			.param("r", roundId)
			.param("s", student)
			.query((rs, n) -> (Long) rs.getObject(1, Long.class))
			.single();
		UUID response = UUID.randomUUID();
		this.jdbc.sql("insert into survey_response (id, round_id, target_supervisor_id) values (:id, :r, :t)")
			.param("id", response)
			.param("r", roundId)
			.param("t", target)
			.update();
		for (Question question : round.template().questions()) {
			this.jdbc.sql("insert into survey_score (response_id, question_id, score) values (:id, :q, :score)")
				.param("id", response)
				.param("q", question.id())
				.param("score", scores.get(question.id()))
				.update();
		}
	}

	/**
	 * The results of a round; graduate-school staff. Means only from the template's
	 * minimum number of answers on, overall and per supervisor.
	 */
	@Transactional(readOnly = true)
	public Results results(long roundId) {
		this.currentUsers.require(Role.GRAD_SCHOOL);
		Round round = roundsWhere("r.id = :id", Map.of("id", roundId)).stream()
			.findFirst()
			.orElseThrow(() -> new SurveyNotFoundException("round " + roundId));
		int min = round.template().minAnswers();
		int answers = this.jdbc.sql("select count(*) from survey_response where round_id = :r")
			.param("r", roundId)
			.query(Integer.class)
			.single();
		boolean shown = answers >= min;
		List<BigDecimal> means = new ArrayList<>();
		BigDecimal score = null;
		if (shown) {
			Map<Long, BigDecimal> byQuestion = new HashMap<>();
			this.jdbc.sql("""
					select s.question_id, avg(s.score) as mean from survey_score s
					join survey_response r on r.id = s.response_id where r.round_id = :r group by s.question_id""")
				.param("r", roundId)
				.query((rs) -> {
					byQuestion.put(rs.getLong(1), rs.getBigDecimal(2).setScale(2, RoundingMode.HALF_UP));
				});
			round.template().questions().forEach((q) -> means.add(byQuestion.get(q.id())));
			score = overall(roundId);
		}
		List<TargetResult> bySupervisor = new ArrayList<>();
		if (round.template().kind() == SurveyKind.SUPERVISION) {
			Map<Long, Integer> counts = new LinkedHashMap<>();
			this.jdbc.sql("""
					select target_supervisor_id, count(*) from survey_response
					where round_id = :r and target_supervisor_id is not null
					group by target_supervisor_id order by count(*) desc, target_supervisor_id""")
				.param("r", roundId)
				.query((rs) -> {
					counts.put(rs.getLong(1), rs.getInt(2));
				});
			Map<Long, SupervisorRef> refs = this.supervisors.byIds(counts.keySet());
			Map<Long, BigDecimal> scores = supervisorScores(roundId, min);
			counts.forEach((id, n) -> {
				SupervisorRef ref = refs.get(id);
				bySupervisor.add(new TargetResult(id, (ref != null) ? ref.staffNo() : "",
						(ref != null) ? ref.name() : "", n, scores.get(id)));
			});
		}
		return new Results(round, answers, shown, means, score, bySupervisor);
	}

	@Override
	@Transactional(readOnly = true)
	public Map<Long, Score> forYear(int year) {
		Map<Long, Score> results = new HashMap<>();
		List<Round> rounds = roundsWhere("r.year = :y and t.kind = 'SUPERVISION'", Map.of("y", year));
		for (Round round : rounds) {
			int min = round.template().minAnswers();
			Map<Long, BigDecimal> scores = supervisorScores(round.id(), min);
			Map<Long, Integer> counts = new HashMap<>();
			this.jdbc.sql("""
					select target_supervisor_id, count(*) from survey_response
					where round_id = :r and target_supervisor_id is not null group by target_supervisor_id""")
				.param("r", round.id())
				.query((rs) -> {
					counts.put(rs.getLong(1), rs.getInt(2));
				});
			String name = round.year() + " " + round.template().name();
			scores.forEach((id, score) -> results.put(id, new Score(id, score, counts.get(id), name)));
		}
		return results;
	}

	/**
	 * The supervisors of a round with at least {@code min} answers, and their mean on
	 * 0–100.
	 */
	private Map<Long, BigDecimal> supervisorScores(long roundId, int min) {
		Map<Long, BigDecimal> scores = new HashMap<>();
		this.jdbc.sql("""
				select r.target_supervisor_id, avg(s.score) as mean, count(distinct r.id) as answers
				from survey_response r join survey_score s on s.response_id = r.id
				where r.round_id = :r and r.target_supervisor_id is not null
				group by r.target_supervisor_id having count(distinct r.id) >= :min""")
			.param("r", roundId)
			.param("min", min)
			.query((rs) -> {
				scores.put(rs.getLong(1), toHundred(rs.getBigDecimal(2)));
			});
		return scores;
	}

	private BigDecimal overall(long roundId) {
		BigDecimal mean = this.jdbc.sql("""
				select avg(s.score) from survey_score s join survey_response r on r.id = s.response_id
				where r.round_id = :r""").param("r", roundId).query(BigDecimal.class).single();
		return (mean != null) ? toHundred(mean) : null;
	}

	static BigDecimal toHundred(BigDecimal mean) {
		return mean.multiply(TO_HUNDRED).setScale(1, RoundingMode.HALF_UP);
	}

	private Map<String, Long> supervisorsOf(Set<String> studentNos) {
		Map<String, String> staffOf = new HashMap<>();
		for (String no : studentNos) {
			this.students.byStudentNo(no)
				.map(StudentView::supervisorStaffNo)
				.ifPresent((staffNo) -> staffOf.put(no, staffNo));
		}
		Map<String, Long> ids = this.supervisors.idsByStaffNos(Set.copyOf(staffOf.values()));
		return staffOf.entrySet()
			.stream()
			.filter((e) -> ids.containsKey(e.getValue()))
			.collect(Collectors.toMap(Map.Entry::getKey, (e) -> ids.get(e.getValue())));
	}

	private Long callerStudentId() {
		CurrentUser user = this.currentUsers.current();
		if (!user.has(Role.STUDENT) || user.studentNo() == null) {
			return null;
		}
		StudentKey key = this.students.keysByStudentNo(List.of(user.studentNo())).get(user.studentNo());
		return (key != null) ? key.id() : null;
	}

	private List<Template> allTemplates() {
		Map<Long, List<Question>> questions = new HashMap<>();
		this.jdbc.sql("select id, template_id, position, text, text_en from survey_question order by position")
			.query((rs) -> {
				questions.computeIfAbsent(rs.getLong("template_id"), (k) -> new ArrayList<>())
					.add(new Question(rs.getLong("id"), rs.getInt("position"), rs.getString("text"),
							rs.getString("text_en")));
			});
		return this.jdbc.sql("select id, code, kind, name, name_en, min_answers from survey_template order by id")
			.query((rs, n) -> new Template(rs.getLong("id"), rs.getString("code"),
					SurveyKind.valueOf(rs.getString("kind")), rs.getString("name"), rs.getString("name_en"),
					rs.getInt("min_answers"), questions.getOrDefault(rs.getLong("id"), List.of())))
			.list();
	}

	private List<Round> roundsWhere(String condition, Map<String, Object> params) {
		Map<Long, Template> templates = allTemplates().stream().collect(Collectors.toMap(Template::id, (t) -> t));
		return this.jdbc.sql("""
				select r.id, r.year, r.template_id, r.opens_on, r.closes_on,
				  (select count(*) from survey_invitation i where i.round_id = r.id) as invited,
				  (select count(*) from survey_invitation i where i.round_id = r.id and i.answered) as answered
				from survey_round r join survey_template t on t.id = r.template_id
				where """ + " " + condition + " order by r.year desc, r.template_id")
			.params(params)
			.query((rs, n) -> new Round(rs.getLong("id"), rs.getInt("year"), templates.get(rs.getLong("template_id")),
					rs.getObject("opens_on", LocalDate.class), rs.getObject("closes_on", LocalDate.class),
					rs.getInt("invited"), rs.getInt("answered")))
			.list();
	}

}
