package com.clinigrad.theses;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import com.clinigrad.accounts.CurrentUser;
import com.clinigrad.accounts.CurrentUsers;
import com.clinigrad.accounts.Role;
import com.clinigrad.organization.ProgramRef;
import com.clinigrad.shared.BusinessRuleException;
import com.clinigrad.shared.SchoolTime;
import com.clinigrad.students.StudentCard;
import com.clinigrad.students.StudentRegistry;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Degree committee meetings (学位评定委员会会议): the graduate school or the committee's secretary
 * lists the candidates who passed the defense; the secretary enters the attendance, the
 * resolution and every candidate's votes in one table; a confirmation shows what will be
 * recorded, and the whole meeting is recorded at once or not at all. A candidate who does
 * not meet every check of the degree audit stays on the agenda, marked with the checks in
 * words, and cannot be voted on.
 */
@Service
public class DegreeMeetings {

	private final DegreeMeetingRepository meetings;

	private final DegreeDecisionRepository decisions;

	private final DegreeDecisions degreeDecisions;

	private final StudentRegistry students;

	private final ThesisRequirements requirements;

	private final CurrentUsers currentUsers;

	private final JdbcClient jdbc;

	private final MessageSource messages;

	DegreeMeetings(DegreeMeetingRepository meetings, DegreeDecisionRepository decisions,
			DegreeDecisions degreeDecisions, StudentRegistry students, ThesisRequirements requirements,
			CurrentUsers currentUsers, JdbcClient jdbc, MessageSource messages) {
		this.meetings = meetings;
		this.decisions = decisions;
		this.degreeDecisions = degreeDecisions;
		this.students = students;
		this.requirements = requirements;
		this.currentUsers = currentUsers;
		this.jdbc = jdbc;
		this.messages = messages;
	}

	/**
	 * The latest meetings, newest first.
	 */
	@Transactional(readOnly = true)
	public List<MeetingSummary> meetings() {
		this.currentUsers.require(Role.GRAD_SCHOOL, Role.DEGREE_COMMITTEE);
		return this.jdbc.sql("""
				select m.id, m.held_on, m.status, m.members_total, m.members_present,
				       count(c.student_id) as candidates, count(c.votes_for) as voted,
				       (select count(*) from degree_decision d where d.meeting_id = m.id) as decided
				from degree_meeting m left join degree_meeting_candidate c on c.meeting_id = m.id
				group by m.id order by m.held_on desc, m.id desc limit 50
				""")
			.query((rs, n) -> new MeetingSummary(rs.getLong("id"), rs.getObject("held_on", LocalDate.class),
					MeetingStatus.valueOf(rs.getString("status")), rs.getInt("members_total"),
					(Integer) rs.getObject("members_present"), rs.getInt("candidates"), rs.getInt("voted"),
					rs.getInt("decided")))
			.list();
	}

	/**
	 * The students a new meeting may list: those who passed the defense, wait for the
	 * committee and are on no other open meeting, each marked ready or with the checks it
	 * does not meet.
	 */
	@Transactional(readOnly = true)
	public List<Row> agenda() {
		this.currentUsers.require(Role.GRAD_SCHOOL, Role.DEGREE_COMMITTEE);
		Set<Long> listed = onOpenMeetings();
		List<StudentCard> waiting = this.degreeDecisions.candidates()
			.stream()
			.filter((card) -> !listed.contains(card.id()))
			.toList();
		return rows(waiting, null, true);
	}

	/**
	 * Opens a meeting with its agenda (graduate school or the committee's secretary).
	 * @return its id
	 */
	@Transactional
	public long open(LocalDate heldOn, int membersTotal, List<String> studentNos) {
		CurrentUser user = this.currentUsers.require(Role.GRAD_SCHOOL, Role.DEGREE_COMMITTEE);
		return open(heldOn, membersTotal, studentNos, user.displayName());
	}

	/**
	 * Opens a meeting for a loader (the demo university), as {@code who}, without a
	 * caller: the same rules as {@link #open(LocalDate, int, List)}.
	 */
	@Transactional
	public long openAs(LocalDate heldOn, int membersTotal, List<String> studentNos, String who) {
		return open(heldOn, membersTotal, studentNos, who);
	}

	private long open(LocalDate heldOn, int membersTotal, List<String> studentNos, String who) {
		Map<Long, StudentCard> waiting = new HashMap<>();
		this.degreeDecisions.candidates().forEach((card) -> waiting.put(card.id(), card));
		Map<String, Long> ids = new HashMap<>();
		waiting.values().forEach((card) -> ids.put(card.studentNo(), card.id()));
		Set<Long> listed = onOpenMeetings();
		List<Long> agenda = new ArrayList<>();
		for (String studentNo : studentNos.stream().distinct().sorted().toList()) {
			Long id = ids.get(studentNo);
			if (id == null) {
				throw new BusinessRuleException("degree.meeting.error.notCandidate", studentNo);
			}
			if (listed.contains(id)) {
				throw new BusinessRuleException("degree.meeting.error.onOtherMeeting", label(waiting.get(id)));
			}
			agenda.add(id);
		}
		if (heldOn != null) {
			Map<Long, LocalDate> defended = defendedOn(agenda);
			for (Long id : agenda) {
				LocalDate defense = defended.get(id);
				if (defense != null && heldOn.isBefore(defense)) {
					throw new BusinessRuleException("degree.meeting.error.beforeDefense", label(waiting.get(id)),
							defense.toString());
				}
			}
		}
		return this.meetings.saveAndFlush(DegreeMeeting.open(heldOn, membersTotal, agenda, who)).id();
	}

	/**
	 * A meeting with one row per candidate: before it is recorded, whether each meets the
	 * audit today (and which checks it does not, in words on the page) and the votes
	 * entered; once recorded, the decisions with their corrections.
	 */
	@Transactional(readOnly = true)
	public MeetingView meeting(long id) {
		this.currentUsers.require(Role.GRAD_SCHOOL, Role.DEGREE_COMMITTEE);
		DegreeMeeting meeting = find(id);
		List<DegreeMeeting.Ballot> ballots = meeting.candidates();
		Map<Long, StudentCard> cards = this.students
			.cardsByIds(ballots.stream().map(DegreeMeeting.Ballot::studentId).toList());
		List<StudentCard> agenda = ballots.stream().map((ballot) -> cards.get(ballot.studentId())).toList();
		List<Row> rows;
		if (meeting.status() == MeetingStatus.RECORDED) {
			Map<Long, DegreeDecisions.Decision> decided = new HashMap<>();
			this.degreeDecisions.load("where d.meeting_id = :m", Map.of("m", id))
				.forEach((decision) -> decided.put(decision.studentId(), decision));
			rows = rows(agenda, null, false);
			List<Row> recorded = new ArrayList<>();
			for (int i = 0; i < rows.size(); i++) {
				Row row = rows.get(i);
				DegreeDecisions.Decision decision = decided.get(row.studentId());
				recorded.add(new Row(row.studentId(), row.studentNo(), row.name(), row.program(), row.defendedOn(),
						decision != null, true, ballots.get(i).unmetChecks(), ballots.get(i).tally(), decision));
			}
			rows = recorded;
		}
		else {
			Map<Long, Tally> entered = new HashMap<>();
			ballots.stream()
				.filter((ballot) -> ballot.tally() != null)
				.forEach((ballot) -> entered.put(ballot.studentId(), ballot.tally()));
			rows = rows(agenda, entered, meeting.status() != MeetingStatus.CANCELLED);
		}
		return new MeetingView(meeting.id(), meeting.heldOn(), meeting.membersTotal(), meeting.membersPresent(),
				meeting.resolution(), meeting.status(), meeting.createdBy(), meeting.recordedBy(), meeting.recordedAt(),
				meeting.version(), rows);
	}

	/**
	 * Enters the attendance, the resolution and the votes of every candidate who meets
	 * the audit (the committee's secretary), replacing what was entered before; nothing
	 * is decided until the confirmation.
	 * @param votes by student number; a candidate without votes is absent
	 */
	@Transactional
	public void enterVotes(long id, long version, int membersPresent, String resolution, Map<String, Tally> votes) {
		this.currentUsers.require(Role.DEGREE_COMMITTEE);
		DegreeMeeting meeting = find(id);
		Versions.check(meeting.version(), version, "Degree meeting " + id);
		List<DegreeMeeting.Ballot> ballots = meeting.candidates();
		Map<Long, StudentCard> cards = this.students
			.cardsByIds(ballots.stream().map(DegreeMeeting.Ballot::studentId).toList());
		Map<String, List<String>> unmet = this.requirements
			.unmetOfAll(cards.values().stream().map(StudentCard::studentNo).toList(), true);
		Set<String> agenda = cards.values().stream().map(StudentCard::studentNo).collect(Collectors.toSet());
		for (String studentNo : votes.keySet()) {
			if (!agenda.contains(studentNo)) {
				throw new BusinessRuleException("degree.meeting.error.notOnAgenda", studentNo);
			}
		}
		List<DegreeMeeting.Entry> entries = new ArrayList<>();
		for (DegreeMeeting.Ballot ballot : ballots) {
			StudentCard card = cards.get(ballot.studentId());
			List<String> checks = unmet.get(card.studentNo());
			String missing = (checks == null) ? words(null) : checks.isEmpty() ? null : words(checks);
			entries.add(new DegreeMeeting.Entry(card.id(), label(card), votes.get(card.studentNo()), missing));
		}
		meeting.enterVotes(membersPresent, resolution, entries);
		this.meetings.saveAndFlush(meeting);
	}

	/**
	 * Records the meeting as confirmed (the committee's secretary): one decision per
	 * candidate voted on, all of them or none — refused when a candidate no longer meets
	 * the audit or was decided meanwhile.
	 * @param version the version the confirmation showed
	 * @return the number of decisions recorded
	 */
	@Transactional
	public int record(long id, long version) {
		CurrentUser user = this.currentUsers.require(Role.DEGREE_COMMITTEE);
		DegreeMeeting meeting = find(id);
		Versions.check(meeting.version(), version, "Degree meeting " + id);
		List<DegreeMeeting.Ballot> ballots = meeting.candidates();
		Map<Long, StudentCard> cards = this.students
			.cardsByIds(ballots.stream().map(DegreeMeeting.Ballot::studentId).toList());
		Map<String, List<String>> unmet = this.requirements
			.unmetOfAll(cards.values().stream().map(StudentCard::studentNo).toList(), true);
		Map<Long, LocalDate> defended = defendedOn(cards.keySet());
		Map<Long, List<String>> notVoted = new HashMap<>();
		for (DegreeMeeting.Ballot ballot : ballots) {
			StudentCard card = cards.get(ballot.studentId());
			List<String> checks = unmet.get(card.studentNo());
			if (ballot.tally() == null) {
				notVoted.put(card.id(), (checks != null) ? checks : List.of());
				continue;
			}
			if (checks == null || !checks.isEmpty()) {
				throw new BusinessRuleException("degree.meeting.error.ineligibleNow", label(card), words(checks));
			}
			if (this.decisions.existsByStudentId(card.id())) {
				throw new BusinessRuleException("degree.meeting.error.decided", label(card));
			}
			LocalDate defense = defended.get(card.id());
			if (defense != null && meeting.heldOn().isBefore(defense)) {
				throw new BusinessRuleException("degree.meeting.error.beforeDefense", label(card), defense.toString());
			}
		}
		LocalDate today = SchoolTime.today();
		List<DegreeDecision> recorded = new ArrayList<>();
		for (DegreeMeeting.Ballot ballot : meeting.record(today, user.displayName(), notVoted)) {
			recorded.add(DegreeDecision.decide(ballot.studentId(),
					new DegreeDecision.Vote(meeting.id(), meeting.heldOn(), meeting.membersTotal(),
							meeting.membersPresent(), ballot.tally(), meeting.resolution()),
					defended.get(ballot.studentId()), today, user.displayName()));
		}
		try {
			this.decisions.saveAll(recorded);
			this.meetings.saveAndFlush(meeting);
		}
		catch (DataIntegrityViolationException ex) {
			throw new BusinessRuleException("degree.meeting.error.decidedMeanwhile");
		}
		return recorded.size();
	}

	/**
	 * Cancels a meeting not yet recorded; its candidates wait for another.
	 */
	@Transactional
	public void cancel(long id, long version) {
		this.currentUsers.require(Role.GRAD_SCHOOL, Role.DEGREE_COMMITTEE);
		DegreeMeeting meeting = find(id);
		Versions.check(meeting.version(), version, "Degree meeting " + id);
		meeting.cancel();
		this.meetings.saveAndFlush(meeting);
	}

	private DegreeMeeting find(long id) {
		return this.meetings.findById(id).orElseThrow(() -> new ThesisNotFoundException("degree meeting " + id));
	}

	/**
	 * @param entered the votes entered, or {@code null} for none
	 * @param audit whether to audit the candidates today
	 */
	private List<Row> rows(List<StudentCard> cards, Map<Long, Tally> entered, boolean audit) {
		Map<String, ProgramRef> programs = this.degreeDecisions.programs();
		Map<Long, LocalDate> defended = defendedOn(cards.stream().map(StudentCard::id).toList());
		Map<String, List<String>> unmet = audit
				? this.requirements.unmetOfAll(cards.stream().map(StudentCard::studentNo).toList(), true) : Map.of();
		List<Row> rows = new ArrayList<>();
		for (StudentCard card : cards) {
			List<String> checks = unmet.get(card.studentNo());
			rows.add(new Row(card.id(), card.studentNo(), card.name(), programs.get(card.programCode()),
					defended.get(card.id()), audit && checks != null && checks.isEmpty(), !audit || checks != null,
					(checks != null) ? checks : List.of(), (entered != null) ? entered.get(card.id()) : null, null));
		}
		return rows;
	}

	private Map<Long, LocalDate> defendedOn(java.util.Collection<Long> studentIds) {
		Map<Long, LocalDate> defended = new HashMap<>();
		if (studentIds.isEmpty()) {
			return defended;
		}
		this.jdbc.sql("""
				select student_id, max(held_on) as held_on from milestone
				where student_id in (:ids) and type = :defense and result = :pass group by student_id
				""")
			.param("ids", studentIds)
			.param("defense", MilestoneType.DEFENSE.name())
			.param("pass", MilestoneResult.PASS.name())
			.query((rs, n) -> Map.entry(rs.getLong("student_id"), rs.getObject("held_on", LocalDate.class)))
			.list()
			.forEach((entry) -> defended.put(entry.getKey(), entry.getValue()));
		return defended;
	}

	private Set<Long> onOpenMeetings() {
		return Set.copyOf(this.jdbc.sql("""
				select c.student_id from degree_meeting_candidate c join degree_meeting m on m.id = c.meeting_id
				where m.status in (:open)
				""").param("open", MeetingStatus.openStatuses()).query(Long.class).list());
	}

	private static String label(StudentCard card) {
		return card.studentNo() + " " + card.name();
	}

	/**
	 * @param codes rule codes, or {@code null} for a student whose program has no rule
	 * set
	 * @return the checks' names in the caller's language, for a refusal
	 */
	private String words(List<String> codes) {
		Locale locale = LocaleContextHolder.getLocale();
		if (codes == null) {
			return this.messages.getMessage("degree.meeting.noRuleSet", null, locale);
		}
		return codes.stream()
			.map((code) -> this.messages.getMessage("rule." + code + ".name", null, code, locale))
			.collect(Collectors.joining(this.messages.getMessage("degree.meeting.separator", null, locale)));
	}

	/**
	 * A meeting in the list.
	 *
	 * @param voted candidates with votes entered
	 * @param decided decisions recorded
	 */
	public record MeetingSummary(long id, LocalDate heldOn, MeetingStatus status, int membersTotal,
			Integer membersPresent, int candidates, int voted, int decided) {

	}

	/**
	 * A meeting and its candidates.
	 */
	public record MeetingView(long id, LocalDate heldOn, int membersTotal, Integer membersPresent, String resolution,
			MeetingStatus status, String createdBy, String recordedBy, Instant recordedAt, long version,
			List<Row> rows) {

		/**
		 * @return the fewest members present for a quorum (two thirds)
		 */
		public int quorum() {
			return Tally.quorum(this.membersTotal);
		}

		/**
		 * @return the fewest votes in favour that award (more than half of all members)
		 */
		public int awardingVotes() {
			return Tally.awardingVotes(this.membersTotal);
		}

		public long eligible() {
			return this.rows.stream().filter(Row::eligible).count();
		}

		public long ineligible() {
			return this.rows.size() - eligible();
		}

		/**
		 * @return how many candidates the entered votes award
		 */
		public long awarding() {
			return this.rows.stream()
				.filter((row) -> row.entered() != null
						&& row.entered().decision(this.membersTotal) == CommitteeDecision.AWARD)
				.count();
		}

		/**
		 * @return how many candidates have votes entered
		 */
		public long voted() {
			return this.rows.stream().filter((row) -> row.entered() != null).count();
		}

		public boolean editable() {
			return this.status.editable();
		}

		/**
		 * @return the corrections made after the meeting, for its history
		 */
		public long corrections() {
			return this.rows.stream()
				.filter((row) -> row.decision() != null)
				.mapToLong((row) -> row.decision().corrections().size())
				.sum();
		}

		/**
		 * @return the rows by student number, for the vote form
		 */
		public Map<String, Row> byStudentNo() {
			Map<String, Row> rows = new LinkedHashMap<>();
			this.rows.forEach((row) -> rows.put(row.studentNo(), row));
			return rows;
		}

	}

	/**
	 * One candidate of a meeting.
	 *
	 * @param eligible whether the candidate may be (or was) voted on
	 * @param ruleSet whether the candidate's program has a rule set for the cohort
	 * @param unmet the codes of the checks not met (today, or when the meeting was
	 * recorded)
	 * @param entered the votes entered, or {@code null}
	 * @param decision the decision recorded, or {@code null}
	 */
	public record Row(long studentId, String studentNo, String name, ProgramRef program, LocalDate defendedOn,
			boolean eligible, boolean ruleSet, List<String> unmet, Tally entered, DegreeDecisions.Decision decision) {

	}

}
