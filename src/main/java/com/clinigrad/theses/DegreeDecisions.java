package com.clinigrad.theses;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.ThreadLocalRandom;

import com.clinigrad.accounts.CurrentUser;
import com.clinigrad.accounts.CurrentUsers;
import com.clinigrad.accounts.Role;
import com.clinigrad.organization.Organization;
import com.clinigrad.organization.ProgramRef;
import com.clinigrad.shared.BusinessRuleException;
import com.clinigrad.shared.SchoolTime;
import com.clinigrad.students.DegreeType;
import com.clinigrad.students.StatusChangeCommand;
import com.clinigrad.students.StudentCard;
import com.clinigrad.students.StudentKey;
import com.clinigrad.students.StudentRegistry;
import com.clinigrad.students.StudentRow;
import com.clinigrad.students.StudentStatus;
import com.clinigrad.students.StudentView;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * After the defense: the degree committee's decision (学位评定委员会, a vote of more than half
 * of its members awards), the award with its date and certificate number, and the yearly
 * spot check (抽检) of the previous year's theses — a recorded, reproducible draw and its
 * results.
 */
@Service
public class DegreeDecisions {

	private final JdbcClient jdbc;

	private final StudentRegistry students;

	private final ThesisRequirements requirements;

	private final CurrentUsers currentUsers;

	private final Organization organization;

	private final DegreeDecisionRepository decisions;

	private final ApplicationEventPublisher events;

	DegreeDecisions(JdbcClient jdbc, StudentRegistry students, ThesisRequirements requirements,
			CurrentUsers currentUsers, Organization organization, DegreeDecisionRepository decisions,
			ApplicationEventPublisher events) {
		this.decisions = decisions;
		this.events = events;
		this.jdbc = jdbc;
		this.students = students;
		this.organization = organization;
		this.requirements = requirements;
		this.currentUsers = currentUsers;
	}

	/**
	 * Students who passed the defense without a decision yet (with the open meeting each
	 * is on, if any), and the latest decisions, for the committee and the graduate
	 * school.
	 */
	@Transactional(readOnly = true)
	public Board board() {
		this.currentUsers.require(Role.GRAD_SCHOOL, Role.DEGREE_COMMITTEE);
		List<Decision> decisions = load("order by d.decided_at desc, d.id desc limit 100", Map.of());
		Map<String, ProgramRef> programs = programs();
		Map<Long, Map<String, Object>> onMeeting = new java.util.HashMap<>();
		this.jdbc.sql("""
				select c.student_id, m.id, m.held_on from degree_meeting_candidate c
				join degree_meeting m on m.id = c.meeting_id where m.status in (:open)
				""")
			.param("open", MeetingStatus.openStatuses())
			.query()
			.listOfRows()
			.forEach((row) -> onMeeting.put(((Number) row.get("student_id")).longValue(), row));
		List<Waiting> waiting = candidates().stream().map((card) -> {
			Map<String, Object> meeting = onMeeting.get(card.id());
			return new Waiting(card, programs.get(card.programCode()),
					(meeting != null) ? ((Number) meeting.get("id")).longValue() : null,
					(meeting != null) ? ((java.sql.Date) meeting.get("held_on")).toLocalDate() : null);
		}).toList();
		return new Board(waiting, decisions);
	}

	/**
	 * Every student who passed the defense, as the committee's list of candidates shows
	 * them: where each stands (waiting, on an open meeting, decided, awarded) and, for
	 * those still waiting, the audit checks they do not meet today — for the committee
	 * and the graduate school.
	 */
	@Transactional(readOnly = true)
	public List<Candidate> candidateList() {
		this.currentUsers.require(Role.GRAD_SCHOOL, Role.DEGREE_COMMITTEE);
		Map<Long, LocalDate> defended = new java.util.HashMap<>();
		this.jdbc.sql("""
				select student_id, max(held_on) as held_on from milestone
				where type = :defense and result = :pass group by student_id
				""")
			.param("defense", MilestoneType.DEFENSE.name())
			.param("pass", MilestoneResult.PASS.name())
			.query((rs, n) -> Map.entry(rs.getLong("student_id"), rs.getObject("held_on", LocalDate.class)))
			.list()
			.forEach((entry) -> defended.put(entry.getKey(), entry.getValue()));
		Map<Long, Decision> decided = new java.util.HashMap<>();
		load("", Map.of()).forEach((decision) -> decided.put(decision.studentId(), decision));
		Map<Long, Map<String, Object>> onMeeting = new java.util.HashMap<>();
		this.jdbc.sql("""
				select c.student_id, m.id, m.held_on from degree_meeting_candidate c
				join degree_meeting m on m.id = c.meeting_id where m.status in (:open)
				""")
			.param("open", MeetingStatus.openStatuses())
			.query()
			.listOfRows()
			.forEach((row) -> onMeeting.put(((Number) row.get("student_id")).longValue(), row));
		Map<Long, StudentRow> rows = this.students.visibleRows(defended.keySet());
		List<StudentRow> waiting = rows.entrySet()
			.stream()
			.filter((e) -> !decided.containsKey(e.getKey()) && e.getValue().status().active())
			.map(Map.Entry::getValue)
			.toList();
		Map<String, List<String>> unmet = waiting.isEmpty() ? Map.of()
				: this.requirements.unmetOfAll(waiting.stream().map(StudentRow::studentNo).toList(), true);
		List<Candidate> candidates = new ArrayList<>();
		rows.forEach((id, student) -> {
			Decision decision = decided.get(id);
			if (decision != null) {
				candidates.add(new Candidate(student, defended.get(id), CandidateStanding.of(decision.status()),
						decision.meetingId(), decision.meetingOn(), false, List.of()));
			}
			else if (student.status().active()) {
				Map<String, Object> meeting = onMeeting.get(id);
				List<String> checks = unmet.get(student.studentNo());
				candidates.add(new Candidate(student, defended.get(id),
						(meeting != null) ? CandidateStanding.ON_MEETING : CandidateStanding.NOT_ON_MEETING,
						(meeting != null) ? ((Number) meeting.get("id")).longValue() : null,
						(meeting != null) ? ((java.sql.Date) meeting.get("held_on")).toLocalDate() : null,
						checks != null, (checks != null) ? checks : List.of()));
			}
		});
		candidates.sort(Comparator.comparing((Candidate c) -> c.student().studentNo()));
		return candidates;
	}

	/**
	 * Students in training who passed the defense and wait for the committee.
	 */
	List<StudentCard> candidates() {
		List<Long> waiting = this.jdbc.sql("""
				select distinct m.student_id from milestone m
				where m.type = :defense and m.result = :pass
				  and not exists (select 1 from degree_decision d where d.student_id = m.student_id)
				""")
			.param("defense", MilestoneType.DEFENSE.name())
			.param("pass", MilestoneResult.PASS.name())
			.query(Long.class)
			.list();
		return this.students.cardsByIds(waiting)
			.values()
			.stream()
			.filter((card) -> card.status().active())
			.sorted(Comparator.comparing(StudentCard::studentNo))
			.toList();
	}

	/**
	 * @return the programs by code, for their names
	 */
	Map<String, ProgramRef> programs() {
		Map<String, ProgramRef> programs = new java.util.HashMap<>();
		this.organization.programs().forEach((program) -> programs.put(program.code(), program));
		return programs;
	}

	/**
	 * What waits in the thesis workflow across the university, for the home pages of the
	 * graduate school and the degree committee.
	 */
	@Transactional(readOnly = true)
	public Panel panel() {
		this.currentUsers.require(Role.GRAD_SCHOOL, Role.DEGREE_COMMITTEE);
		LocalDate today = SchoolTime.today();
		Map<String, Object> reviews = this.jdbc.sql("""
				select count(*) as pending, count(*) filter (where r.due_on < :today) as overdue
				from thesis_review r join thesis_round o on o.student_id = r.student_id and o.round_no = r.round_no
				where o.status = :open and r.status = :pending and r.code is not null
				""")
			.param("today", today)
			.param("open", RoundStatus.OPEN.name())
			.param("pending", ReviewStatus.PENDING.name())
			.query()
			.singleRow();
		int candidates = candidates().size();
		Integer awarded = this.jdbc.sql("select count(*) from degree_decision where extract(year from awarded_on) = :y")
			.param("y", today.getYear())
			.query(Integer.class)
			.single();
		Integer lastYearAwards = this.jdbc
			.sql("select count(*) from degree_decision where extract(year from awarded_on) = :y")
			.param("y", today.getYear() - 1)
			.query(Integer.class)
			.single();
		Integer drawn = this.jdbc.sql("select count(*) from spot_check where award_year = :y")
			.param("y", today.getYear() - 1)
			.query(Integer.class)
			.single();
		return new Panel(((Number) reviews.get("pending")).intValue(), ((Number) reviews.get("overdue")).intValue(),
				candidates, awarded, today.getYear() - 1, lastYearAwards > 0 && drawn == 0);
	}

	/**
	 * The student's degree decision with its corrections, for the student's thesis page.
	 */
	@Transactional(readOnly = true)
	public Optional<Decision> of(String studentNo) {
		StudentKey key = visible(studentNo);
		return load("where d.student_id = :s", Map.of("s", key.id())).stream().findFirst();
	}

	/**
	 * One decision, for its correction form (graduate school).
	 */
	@Transactional(readOnly = true)
	public Decision decision(long id) {
		this.currentUsers.require(Role.GRAD_SCHOOL);
		return load("where d.id = :id", Map.of("id", id)).stream()
			.findFirst()
			.orElseThrow(() -> new ThesisNotFoundException("degree decision " + id));
	}

	/**
	 * Corrects a mistyped vote before the award (graduate school, with a reason): the
	 * decision follows the corrected vote, and the decision's history keeps what was
	 * recorded before, who corrected it, when and why.
	 * @return the decision after the correction
	 */
	@Transactional
	public CommitteeDecision correct(long id, long version, Tally corrected, String reason) {
		CurrentUser user = this.currentUsers.require(Role.GRAD_SCHOOL);
		DegreeDecision decision = this.decisions.findById(id)
			.orElseThrow(() -> new ThesisNotFoundException("degree decision " + id));
		Versions.check(decision.version(), version, "Degree decision " + id);
		decision.correct(corrected, reason, user.displayName());
		this.decisions.saveAndFlush(decision);
		return decision.decision();
	}

	/**
	 * Corrects a mistyped award date or certificate number (graduate school, with a
	 * reason): the degree stays awarded, and the decision's history keeps what was
	 * recorded before, who corrected it, when and why ({@link DegreeAwardCorrected}).
	 */
	@Transactional
	public void correctAward(long id, long version, LocalDate awardedOn, String certificateNo, String reason) {
		CurrentUser user = this.currentUsers.require(Role.GRAD_SCHOOL);
		DegreeDecision decision = this.decisions.findById(id)
			.orElseThrow(() -> new ThesisNotFoundException("degree decision " + id));
		Versions.check(decision.version(), version, "Degree decision " + id);
		LocalDate awardedOnBefore = decision.awardedOn();
		String certificateNoBefore = decision.certificateNo();
		decision.correctAward(awardedOn, certificateNo, reason, SchoolTime.today(), user.displayName());
		try {
			this.decisions.saveAndFlush(decision);
		}
		catch (DataIntegrityViolationException ex) {
			throw new BusinessRuleException("degree.error.certificateTaken", decision.certificateNo());
		}
		String studentNo = this.students.cardsByIds(List.of(decision.studentId()))
			.get(decision.studentId())
			.studentNo();
		// the status entry the award wrote carries the same date and certificate number
		this.students.correctStatusEntry(studentNo, StudentStatus.GRADUATED, decision.awardedOn(),
				decision.certificateNo(), "更正授予信息 / award corrected: " + reason.trim());
		this.events.publishEvent(new DegreeAwardCorrected(decision.studentId(), studentNo, awardedOnBefore,
				certificateNoBefore, decision.awardedOn(), decision.certificateNo(), reason.trim(), user.username()));
	}

	/**
	 * The decisions (with their corrections and students) the clause selects from
	 * {@code degree_decision d}.
	 */
	List<Decision> load(String clause, Map<String, ?> params) {
		List<Decision> decisions = this.jdbc.sql("select d.* from degree_decision d " + clause)
			.params(params)
			.query((rs, n) -> decision(rs))
			.list();
		if (decisions.isEmpty()) {
			return decisions;
		}
		Map<Long, List<CorrectionView>> corrections = new java.util.HashMap<>();
		this.jdbc.sql("select * from degree_decision_correction where decision_id in (:ids) order by position")
			.param("ids", decisions.stream().map(Decision::id).toList())
			.query()
			.listOfRows()
			.forEach((row) -> corrections
				.computeIfAbsent(((Number) row.get("decision_id")).longValue(), (k) -> new ArrayList<>())
				.add(correction(row)));
		Map<Long, List<AwardCorrectionView>> awardCorrections = new java.util.HashMap<>();
		this.jdbc.sql("select * from degree_award_correction where decision_id in (:ids) order by position")
			.param("ids", decisions.stream().map(Decision::id).toList())
			.query()
			.listOfRows()
			.forEach((row) -> awardCorrections
				.computeIfAbsent(((Number) row.get("decision_id")).longValue(), (k) -> new ArrayList<>())
				.add(awardCorrection(row)));
		Map<Long, StudentCard> cards = this.students
			.cardsByIds(decisions.stream().map(Decision::studentId).distinct().toList());
		return decisions.stream()
			.map((d) -> d.completed(cards.get(d.studentId()), corrections.getOrDefault(d.id(), List.of()),
					awardCorrections.getOrDefault(d.id(), List.of())))
			.toList();
	}

	private static AwardCorrectionView awardCorrection(Map<String, Object> row) {
		return new AwardCorrectionView(((java.sql.Date) row.get("awarded_on_before")).toLocalDate(),
				(String) row.get("certificate_no_before"), ((java.sql.Date) row.get("awarded_on_after")).toLocalDate(),
				(String) row.get("certificate_no_after"), (String) row.get("reason"), (String) row.get("corrected_by"),
				((java.sql.Timestamp) row.get("corrected_at")).toInstant());
	}

	private static CorrectionView correction(Map<String, Object> row) {
		return new CorrectionView(
				new Tally(number(row, "votes_for_before"), number(row, "votes_against_before"),
						number(row, "votes_abstain_before")),
				CommitteeDecision.valueOf((String) row.get("decision_before")),
				new Tally(number(row, "votes_for_after"), number(row, "votes_against_after"),
						number(row, "votes_abstain_after")),
				CommitteeDecision.valueOf((String) row.get("decision_after")), (String) row.get("reason"),
				(String) row.get("corrected_by"), ((java.sql.Timestamp) row.get("corrected_at")).toInstant());
	}

	private static int number(Map<String, Object> row, String column) {
		return ((Number) row.get(column)).intValue();
	}

	/**
	 * Records the award (date and 16-digit certificate number) after an awarding
	 * decision; the student's status becomes graduated with the degree
	 * ({@link DegreeAwarded}).
	 */
	@Transactional
	public void award(String studentNo, long version, LocalDate awardedOn, String certificateNo) {
		StudentKey key = visible(studentNo);
		CurrentUser user = this.currentUsers.require(Role.GRAD_SCHOOL);
		DegreeDecision decision = this.decisions.findByStudentId(key.id())
			.orElseThrow(() -> new BusinessRuleException("degree.error.noDecision"));
		decision.award(awardedOn, certificateNo, SchoolTime.today(), user.displayName());
		Versions.check(decision.version(), version, "Decision for " + studentNo);
		try {
			this.decisions.saveAndFlush(decision);
		}
		catch (DataIntegrityViolationException ex) {
			throw new BusinessRuleException("degree.error.certificateTaken", decision.certificateNo());
		}
		StudentView student = this.students.byStudentNo(studentNo).orElseThrow();
		if (student.status() != StudentStatus.GRADUATED) {
			this.students.changeStatus(studentNo, student.version(), new StatusChangeCommand(StudentStatus.GRADUATED,
					awardedOn, "授予学位 / degree awarded", decision.certificateNo()));
		}
		this.events
			.publishEvent(new DegreeAwarded(key.id(), studentNo, awardedOn, decision.certificateNo(), user.username()));
	}

	/**
	 * The spot checks drawn so far, newest first.
	 */
	@Transactional(readOnly = true)
	public List<SpotCheck> spotChecks() {
		this.currentUsers.require(Role.GRAD_SCHOOL);
		return this.jdbc.sql("select id from spot_check order by award_year desc")
			.query(Long.class)
			.list()
			.stream()
			.map(this::spotCheck)
			.toList();
	}

	/**
	 * Draws the spot check of the theses whose degree was awarded in a year: the given
	 * share of doctoral and of master theses (at least one of each kind awarded), at
	 * random from a seed that is recorded, so that the same seed over the same awards
	 * draws the same theses.
	 * @param seed {@code null} for a fresh one
	 */
	@Transactional
	public long drawSpotCheck(int awardYear, BigDecimal doctoralRate, BigDecimal masterRate, Long seed) {
		CurrentUser user = this.currentUsers.require(Role.GRAD_SCHOOL);
		if (awardYear >= SchoolTime.today().getYear()) {
			throw new BusinessRuleException("spotCheck.error.year", String.valueOf(SchoolTime.today().getYear() - 1));
		}
		if (!rate(doctoralRate) || !rate(masterRate)) {
			throw new BusinessRuleException("spotCheck.error.rate");
		}
		Integer existing = this.jdbc.sql("select count(*) from spot_check where award_year = :y")
			.param("y", awardYear)
			.query(Integer.class)
			.single();
		if (existing > 0) {
			throw new BusinessRuleException("spotCheck.error.drawn", String.valueOf(awardYear));
		}
		List<Long> awarded = this.jdbc.sql("""
				select student_id from degree_decision where extract(year from awarded_on) = :y
				""").param("y", awardYear).query(Long.class).list();
		if (awarded.isEmpty()) {
			throw new BusinessRuleException("spotCheck.error.noAwards", String.valueOf(awardYear));
		}
		Map<Long, StudentCard> cards = this.students.cardsByIds(awarded);
		Map<String, Boolean> doctoralPrograms = new java.util.HashMap<>();
		this.organization.programs()
			.forEach((program) -> doctoralPrograms.put(program.code(),
					DegreeType.valueOf(program.degreeType()).doctoral()));
		List<SpotCheckDraw.Candidate> candidates = new ArrayList<>();
		for (Long id : awarded) {
			StudentCard card = cards.get(id);
			candidates.add(new SpotCheckDraw.Candidate(id, card.studentNo(),
					doctoralPrograms.getOrDefault(card.programCode(), false)));
		}
		long used = (seed != null) ? seed : ThreadLocalRandom.current().nextLong(1, 1_000_000_000L);
		List<SpotCheckDraw.Candidate> drawn = SpotCheckDraw.draw(candidates, doctoralRate, masterRate, used);
		long id = this.jdbc.sql("""
				insert into spot_check (award_year, seed, doctoral_rate, master_rate, population, drawn_by)
				values (:y, :seed, :doctoral, :master, :population, :who) returning id
				""")
			.param("y", awardYear)
			.param("seed", used)
			.param("doctoral", doctoralRate)
			.param("master", masterRate)
			.param("population", candidates.size())
			.param("who", user.displayName())
			.query(Long.class)
			.single();
		for (SpotCheckDraw.Candidate candidate : drawn) {
			this.jdbc.sql("""
					insert into spot_check_item (spot_check_id, student_id, doctoral) values (:id, :s, :doctoral)
					""")
				.param("id", id)
				.param("s", candidate.studentId())
				.param("doctoral", candidate.doctoral())
				.update();
		}
		return id;
	}

	@Transactional(readOnly = true)
	public SpotCheck spotCheck(long id) {
		this.currentUsers.require(Role.GRAD_SCHOOL);
		Map<String, Object> row = this.jdbc.sql("select * from spot_check where id = :id")
			.param("id", id)
			.query()
			.listOfRows()
			.stream()
			.findFirst()
			.orElseThrow(() -> new ThesisNotFoundException("spot check " + id));
		List<Map<String, Object>> items = this.jdbc
			.sql("select * from spot_check_item where spot_check_id = :id order by doctoral desc, student_id")
			.param("id", id)
			.query()
			.listOfRows();
		Map<Long, StudentCard> cards = this.students
			.cardsByIds(items.stream().map((item) -> ((Number) item.get("student_id")).longValue()).toList());
		List<SpotCheckItem> drawn = new ArrayList<>();
		for (Map<String, Object> item : items) {
			StudentCard card = cards.get(((Number) item.get("student_id")).longValue());
			drawn.add(new SpotCheckItem(card.studentNo(), card.name(), card.programCode(),
					(Boolean) item.get("doctoral"), Codes.parse(SpotCheckResult.class, (String) item.get("result")),
					(String) item.get("comments"), (String) item.get("recorded_by"),
					((Number) item.get("version")).longValue()));
		}
		drawn.sort(Comparator.comparing(SpotCheckItem::doctoral).reversed().thenComparing(SpotCheckItem::studentNo));
		return new SpotCheck(id, ((Number) row.get("award_year")).intValue(), ((Number) row.get("seed")).longValue(),
				(BigDecimal) row.get("doctoral_rate"), (BigDecimal) row.get("master_rate"),
				((Number) row.get("population")).intValue(), (String) row.get("drawn_by"),
				((java.sql.Timestamp) row.get("drawn_at")).toInstant(), drawn);
	}

	/**
	 * Records the result of one drawn thesis ({@code PASSED} or {@code PROBLEM}, a
	 * problem with comments).
	 */
	@Transactional
	public void recordSpotCheck(long id, String studentNo, long version, String resultCode, String comments) {
		CurrentUser user = this.currentUsers.require(Role.GRAD_SCHOOL);
		SpotCheckResult result = Codes.parse(SpotCheckResult.class, resultCode);
		if (result == null) {
			throw new BusinessRuleException("spotCheck.error.result");
		}
		if (result == SpotCheckResult.PROBLEM && (comments == null || comments.isBlank())) {
			throw new BusinessRuleException("spotCheck.error.comments");
		}
		Long studentId = this.students.idsByStudentNo(List.of(studentNo)).get(studentNo);
		int updated = this.jdbc.sql("""
				update spot_check_item set result = :result, comments = :comments, recorded_by = :who,
				    recorded_at = now(), version = version + 1
				where spot_check_id = :id and student_id = :s and version = :v
				""")
			.param("result", result.name())
			.param("comments", (comments == null || comments.isBlank()) ? null : comments.trim())
			.param("who", user.displayName())
			.param("id", id)
			.param("s", (studentId != null) ? studentId : -1L)
			.param("v", version)
			.update();
		if (updated == 0) {
			Integer exists = this.jdbc
				.sql("select count(*) from spot_check_item where spot_check_id = :id and student_id = :s")
				.param("id", id)
				.param("s", (studentId != null) ? studentId : -1L)
				.query(Integer.class)
				.single();
			if (exists == 0) {
				throw new ThesisNotFoundException("spot check item " + studentNo);
			}
			throw new OptimisticLockingFailureException("Spot check item " + studentNo + " changed meanwhile");
		}
	}

	private static boolean rate(BigDecimal rate) {
		return rate != null && rate.signum() > 0 && rate.compareTo(BigDecimal.ONE) <= 0 && rate.scale() <= 3;
	}

	private StudentKey visible(String studentNo) {
		return this.students.visibleKey(studentNo).orElseThrow(() -> new ThesisNotFoundException(studentNo));
	}

	private static Decision decision(java.sql.ResultSet rs) throws java.sql.SQLException {
		long meetingId = rs.getLong("meeting_id");
		boolean meeting = !rs.wasNull();
		int present = rs.getInt("members_present");
		boolean attendance = !rs.wasNull();
		return new Decision(rs.getLong("id"), rs.getLong("student_id"), null, null, meeting ? meetingId : null,
				rs.getObject("meeting_on", LocalDate.class), rs.getInt("committee_size"), attendance ? present : null,
				new Tally(rs.getInt("votes_for"), rs.getInt("votes_against"), rs.getInt("votes_abstain")),
				CommitteeDecision.valueOf(rs.getString("decision")), rs.getString("resolution"),
				rs.getString("decided_by"), rs.getObject("decided_at", OffsetDateTime.class),
				rs.getObject("awarded_on", LocalDate.class), rs.getString("certificate_no"), rs.getString("awarded_by"),
				rs.getLong("version"), List.of(), List.of());
	}

	/**
	 * The counts on the home panel.
	 *
	 * @param spotCheckDue whether last year's awards wait for their spot check
	 */
	public record Panel(int reviewsPending, int reviewsOverdue, int candidates, int awardedThisYear, int lastYear,
			boolean spotCheckDue) {

	}

	/**
	 * Waiting for the committee, and decided.
	 */
	public record Board(List<Waiting> candidates, List<Decision> decisions) {

	}

	/**
	 * A student waiting for the committee, and the open meeting whose agenda lists them.
	 *
	 * @param meetingId {@code null} when no open meeting lists the student
	 */
	public record Waiting(StudentCard student, ProgramRef program, Long meetingId, LocalDate meetingOn) {

	}

	/**
	 * A student who passed the defense, in the committee's list of candidates.
	 *
	 * @param defendedOn the day of the defense passed
	 * @param meetingId the open meeting listing a waiting student, or the meeting that
	 * decided; {@code null} when none
	 * @param ruleSet whether the audit ran: a waiting student whose program has a rule
	 * set for the cohort ({@code false} for those decided, who are not audited again)
	 * @param unmet the codes of the checks a waiting student does not meet today
	 */
	public record Candidate(StudentRow student, LocalDate defendedOn, CandidateStanding standing, Long meetingId,
			LocalDate meetingOn, boolean ruleSet, List<String> unmet) {

		public Candidate {
			unmet = List.copyOf(unmet);
		}

		/**
		 * @return whether the candidate meets every check of the degree audit, or
		 * {@code null} when decided (no longer audited)
		 */
		public Boolean eligible() {
			if (this.standing.decided()) {
				return null;
			}
			return this.ruleSet && this.unmet.isEmpty();
		}

	}

	/**
	 * The committee's decision, its corrections and the award.
	 *
	 * @param meetingId the meeting that decided, or {@code null} for a decision recorded
	 * before meetings were
	 * @param membersPresent the members at that meeting, or {@code null} when not
	 * recorded
	 * @param tally the votes as they stand, after any correction
	 * @param awardedOn the award date as it stands, after any correction
	 * @param certificateNo the certificate number as it stands, after any correction
	 * @param corrections of the vote, oldest first
	 * @param awardCorrections of the award date or certificate number, oldest first
	 */
	public record Decision(long id, long studentId, String studentNo, String studentName, Long meetingId,
			LocalDate meetingOn, int committeeSize, Integer membersPresent, Tally tally, CommitteeDecision decision,
			String resolution, String decidedBy, OffsetDateTime decidedAt, LocalDate awardedOn, String certificateNo,
			String awardedBy, long version, List<CorrectionView> corrections,
			List<AwardCorrectionView> awardCorrections) {

		/**
		 * @return whether the committee decided to award the degree
		 */
		public boolean awards() {
			return this.decision == CommitteeDecision.AWARD;
		}

		/**
		 * @return whether the award waits to be recorded
		 */
		public boolean awardPending() {
			return awards() && this.awardedOn == null;
		}

		/**
		 * @return whether the graduate school may still correct the vote
		 */
		public boolean correctable() {
			return status().after(DegreeDecisionStatus.Action.CORRECT_TO_AWARD) != null;
		}

		public DegreeDecisionStatus status() {
			if (this.awardedOn != null) {
				return DegreeDecisionStatus.AWARDED;
			}
			return awards() ? DegreeDecisionStatus.AWARD_DECIDED : DegreeDecisionStatus.NOT_AWARDED;
		}

		public boolean corrected() {
			return !this.corrections.isEmpty();
		}

		/**
		 * @return whether the graduate school may correct the award date or certificate
		 * number
		 */
		public boolean awardCorrectable() {
			return status().after(DegreeDecisionStatus.Action.CORRECT_AWARD) != null;
		}

		public boolean awardCorrected() {
			return !this.awardCorrections.isEmpty();
		}

		/**
		 * @return the award date as first recorded, before any correction
		 */
		public LocalDate recordedAwardedOn() {
			return awardCorrected() ? this.awardCorrections.get(0).awardedOnBefore() : this.awardedOn;
		}

		/**
		 * @return the certificate number as first recorded, before any correction
		 */
		public String recordedCertificateNo() {
			return awardCorrected() ? this.awardCorrections.get(0).certificateNoBefore() : this.certificateNo;
		}

		/**
		 * @return the fewest votes in favour that award the degree (more than half of all
		 * members)
		 */
		public int awardingVotes() {
			return Tally.awardingVotes(this.committeeSize);
		}

		/**
		 * @return the votes as the committee recorded them, before any correction
		 */
		public Tally recordedTally() {
			return corrected() ? this.corrections.get(0).before() : this.tally;
		}

		/**
		 * @return the decision as the committee recorded it, before any correction
		 */
		public CommitteeDecision recordedDecision() {
			return corrected() ? this.corrections.get(0).decisionBefore() : this.decision;
		}

		Decision completed(StudentCard card, List<CorrectionView> corrections,
				List<AwardCorrectionView> awardCorrections) {
			return new Decision(this.id, this.studentId, card.studentNo(), card.name(), this.meetingId, this.meetingOn,
					this.committeeSize, this.membersPresent, this.tally, this.decision, this.resolution, this.decidedBy,
					this.decidedAt, this.awardedOn, this.certificateNo, this.awardedBy, this.version,
					List.copyOf(corrections), List.copyOf(awardCorrections));
		}

	}

	/**
	 * A correction of a recorded award: the date and certificate number before and after,
	 * who, when and why.
	 */
	public record AwardCorrectionView(LocalDate awardedOnBefore, String certificateNoBefore, LocalDate awardedOnAfter,
			String certificateNoAfter, String reason, String correctedBy, java.time.Instant correctedAt) {

	}

	/**
	 * A correction of a recorded vote: before and after, who, when and why.
	 */
	public record CorrectionView(Tally before, CommitteeDecision decisionBefore, Tally after,
			CommitteeDecision decisionAfter, String reason, String correctedBy, java.time.Instant correctedAt) {

	}

	/**
	 * A year's spot check.
	 */
	public record SpotCheck(long id, int awardYear, long seed, BigDecimal doctoralRate, BigDecimal masterRate,
			int population, String drawnBy, java.time.Instant drawnAt, List<SpotCheckItem> items) {

		public long recorded() {
			return this.items.stream().filter((item) -> item.result() != null).count();
		}

		public long problems() {
			return this.items.stream().filter((item) -> item.result() == SpotCheckResult.PROBLEM).count();
		}

	}

	/**
	 * One drawn thesis and its result.
	 */
	public record SpotCheckItem(String studentNo, String studentName, String programCode, boolean doctoral,
			SpotCheckResult result, String comments, String recordedBy, long version) {

	}

	/**
	 * The draw itself: pure and reproducible.
	 */
	static final class SpotCheckDraw {

		private SpotCheckDraw() {
		}

		/**
		 * Sorts each kind by student number, shuffles it with the seed and takes the
		 * rate's share, rounded up.
		 */
		static List<Candidate> draw(List<Candidate> candidates, BigDecimal doctoralRate, BigDecimal masterRate,
				long seed) {
			Random random = new Random(seed);
			List<Candidate> drawn = new ArrayList<>();
			for (boolean doctoral : new boolean[] { true, false }) {
				List<Candidate> kind = new ArrayList<>(
						candidates.stream().filter((candidate) -> candidate.doctoral() == doctoral).toList());
				kind.sort(Comparator.comparing(Candidate::studentNo));
				Collections.shuffle(kind, random);
				BigDecimal rate = doctoral ? doctoralRate : masterRate;
				int size = rate.multiply(BigDecimal.valueOf(kind.size())).setScale(0, RoundingMode.CEILING).intValue();
				drawn.addAll(kind.subList(0, Math.min(size, kind.size())));
			}
			return drawn;
		}

		record Candidate(long studentId, String studentNo, boolean doctoral) {

		}

	}

}
