package com.clinigrad.mentoring;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.clinigrad.accounts.CurrentUser;
import com.clinigrad.accounts.CurrentUsers;
import com.clinigrad.accounts.Role;
import com.clinigrad.awards.PeerMentoringRecords;
import com.clinigrad.mentoring.MentoringViews.Feedback;
import com.clinigrad.mentoring.MentoringViews.Meeting;
import com.clinigrad.mentoring.MentoringViews.MenteeCard;
import com.clinigrad.mentoring.MentoringViews.PairingDetail;
import com.clinigrad.mentoring.MentoringViews.PairingRow;
import com.clinigrad.mentoring.MentoringViews.Person;
import com.clinigrad.organization.Organization;
import com.clinigrad.organization.ProgramRef;
import com.clinigrad.organization.TermRef;
import com.clinigrad.shared.BusinessRuleException;
import com.clinigrad.shared.Confirmation;
import com.clinigrad.shared.SchoolTime;
import com.clinigrad.students.StudentRegistry;
import com.clinigrad.students.StudentView;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Peer mentoring (高带低): pairings per term made by the graduate school or the office of
 * the students' hospital, the meetings the mentor logs and the mentees' feedback. The
 * offices read every answer; the mentor reads only the average, from the configured
 * minimum number of answers; a student who is neither mentor nor mentee of a pairing does
 * not learn it exists.
 */
@Service
@Transactional(readOnly = true)
public class PeerMentoring implements PeerMentoringRecords {

	private final JdbcClient jdbc;

	private final CurrentUsers currentUsers;

	private final StudentRegistry students;

	private final Organization organization;

	PeerMentoring(JdbcClient jdbc, CurrentUsers currentUsers, StudentRegistry students, Organization organization) {
		this.jdbc = jdbc;
		this.currentUsers = currentUsers;
		this.students = students;
		this.organization = organization;
	}

	/**
	 * @return the largest number of mentees of one mentor (data, default 3)
	 */
	public int maxMentees() {
		return this.jdbc.sql("select max_mentees from mentoring_setting where id = 1").query(Integer.class).single();
	}

	/**
	 * @return from how many answers the mentor sees the average (data, default 3)
	 */
	public int minFeedback() {
		return this.jdbc.sql("select min_feedback from mentoring_setting where id = 1").query(Integer.class).single();
	}

	/**
	 * @return the terms a pairing may be made for, the current one first
	 */
	public List<TermRef> terms() {
		LocalDate today = SchoolTime.today();
		List<TermRef> terms = new ArrayList<>();
		for (TermRef term : this.organization.terms()) {
			if (!term.endsOn().isBefore(today.minusYears(1)) && !term.startsOn().isAfter(today.plusYears(1))) {
				terms.add(term);
			}
		}
		return terms;
	}

	/**
	 * @return the term of today, if any
	 */
	public String currentTerm() {
		LocalDate today = SchoolTime.today();
		return this.organization.terms()
			.stream()
			.filter((t) -> !t.startsOn().isAfter(today) && !t.endsOn().isBefore(today))
			.map(TermRef::code)
			.findFirst()
			.orElse(null);
	}

	/**
	 * @return whether the student is a junior master's student in the term (the demo data
	 * chooses mentees with it)
	 */
	public boolean isJunior(String studentNo, String termCode) {
		return this.organization.term(termCode)
			.map((term) -> candidate(studentNo, null).seniority(term) == Seniority.JUNIOR)
			.orElse(false);
	}

	/**
	 * Pairs a senior student with junior master's students for a term.
	 * @return the pairing's id
	 */
	@Transactional
	public long pair(String termCode, String mentorNo, List<String> menteeNos) {
		CurrentUser user = this.currentUsers.require(Role.GRAD_SCHOOL, Role.HOSPITAL_OFFICE);
		return pair(termCode, mentorNo, menteeNos, user, user.username());
	}

	/**
	 * Pairs without a caller (the demo data).
	 */
	@Transactional
	public long pairAs(String termCode, String mentorNo, List<String> menteeNos, String by) {
		return pair(termCode, mentorNo, menteeNos, null, by);
	}

	private long pair(String termCode, String mentorNo, List<String> menteeNos, CurrentUser user, String by) {
		TermRef term = this.organization.term((termCode != null) ? termCode : "")
			.orElseThrow(() -> new BusinessRuleException("mentoring.error.term"));
		Set<String> numbers = new LinkedHashSet<>();
		for (String no : menteeNos) {
			if (no != null && !no.isBlank()) {
				numbers.add(no.strip());
			}
		}
		if (numbers.isEmpty()) {
			throw new BusinessRuleException("mentoring.error.noMentee");
		}
		int max = maxMentees();
		if (numbers.size() > max) {
			throw new BusinessRuleException("mentoring.error.groupSize", max);
		}
		Candidate mentor = candidate(mentorNo, user);
		if (mentor.seniority(term) != Seniority.SENIOR) {
			throw new BusinessRuleException("mentoring.error.notSenior", mentor.view().name());
		}
		if (activePairingOf(mentor.id(), term.code()) != null) {
			throw new BusinessRuleException("mentoring.error.mentorPaired", mentor.view().name(), term.code());
		}
		List<Candidate> mentees = new ArrayList<>();
		for (String no : numbers) {
			Candidate mentee = candidate(no, user);
			if (mentee.id() == mentor.id()) {
				throw new BusinessRuleException("mentoring.error.self");
			}
			if (mentee.seniority(term) != Seniority.JUNIOR) {
				throw new BusinessRuleException("mentoring.error.notJunior", mentee.view().name());
			}
			requireUnpaired(mentee, term.code());
			mentees.add(mentee);
		}
		long id = this.jdbc.sql("""
				insert into mentoring_pairing (term_code, mentor_id, state, paired_by)
				values (:term, :mentor, :state, :by) returning id
				""")
			.param("term", term.code())
			.param("mentor", mentor.id())
			.param("state", PairingState.ACTIVE.name())
			.param("by", by)
			.query(Long.class)
			.single();
		for (Candidate mentee : mentees) {
			addMenteeRow(id, mentee.id());
		}
		return id;
	}

	/**
	 * Adds a junior student to an active pairing (up to the group size).
	 */
	@Transactional
	public void addMentee(long pairingId, long version, String menteeNo) {
		CurrentUser user = this.currentUsers.require(Role.GRAD_SCHOOL, Role.HOSPITAL_OFFICE);
		PairingRow pairing = officeRow(pairingId, user);
		requireActive(pairing);
		if (pairing.mentees().size() >= maxMentees()) {
			throw new BusinessRuleException("mentoring.error.groupSize", maxMentees());
		}
		TermRef term = this.organization.term(pairing.termCode()).orElseThrow();
		Candidate mentee = candidate(menteeNo, user);
		if (mentee.seniority(term) != Seniority.JUNIOR) {
			throw new BusinessRuleException("mentoring.error.notJunior", mentee.view().name());
		}
		requireUnpaired(mentee, term.code());
		bumpVersion(pairingId, version);
		addMenteeRow(pairingId, mentee.id());
	}

	/**
	 * Ends an active pairing with a reason.
	 */
	@Transactional
	public void end(long pairingId, long version, String reason, boolean confirmed) {
		CurrentUser user = this.currentUsers.require(Role.GRAD_SCHOOL, Role.HOSPITAL_OFFICE);
		PairingRow pairing = officeRow(pairingId, user);
		Confirmation.require(confirmed, "mentoring.error.confirmEnd");
		if (!pairing.state().mayBecome(PairingState.ENDED)) {
			throw new BusinessRuleException("mentoring.error.notActive");
		}
		if (reason == null || reason.isBlank()) {
			throw new BusinessRuleException("mentoring.error.reason");
		}
		int updated = this.jdbc
			.sql("""
					update mentoring_pairing set state = :state, end_reason = :reason, ended_on = :day, version = version + 1
					where id = :id and version = :version
					""")
			.param("state", PairingState.ENDED.name())
			.param("reason", reason.strip())
			.param("day", SchoolTime.today())
			.param("id", pairingId)
			.param("version", version)
			.update();
		if (updated == 0) {
			throw new OptimisticLockingFailureException("mentoring pairing " + pairingId);
		}
	}

	/**
	 * Logs a meeting of the caller's pairing (the mentor only).
	 * @return the meeting's id
	 */
	@Transactional
	public long logMeeting(long pairingId, MeetingCommand command) {
		CurrentUser user = this.currentUsers.require(Role.STUDENT);
		PairingRow pairing = row(pairingId).orElseThrow(() -> new MentoringNotFoundException("pairing " + pairingId));
		if (!pairing.mentor().studentNo().equals(user.studentNo())) {
			throw new MentoringNotFoundException("pairing " + pairingId);
		}
		return logMeeting(pairing, command);
	}

	/** Logs a meeting without a caller (the demo data). */
	@Transactional
	public long logMeetingAs(long pairingId, MeetingCommand command) {
		return logMeeting(row(pairingId).orElseThrow(), command);
	}

	private long logMeeting(PairingRow pairing, MeetingCommand command) {
		requireActive(pairing);
		if (command.heldOn() == null || command.heldOn().isAfter(SchoolTime.today())) {
			throw new BusinessRuleException("mentoring.error.meetingDate");
		}
		if (command.topic() == null || command.topic().isBlank()) {
			throw new BusinessRuleException("mentoring.error.topic");
		}
		if (command.minutes() < 1 || command.minutes() > 600) {
			throw new BusinessRuleException("mentoring.error.minutes");
		}
		Map<String, Person> mentees = new HashMap<>();
		pairing.mentees().forEach((p) -> mentees.put(p.studentNo(), p));
		List<Person> present = new ArrayList<>();
		for (String no : (command.present() != null) ? command.present() : List.<String>of()) {
			Person person = mentees.get(no);
			if (person == null) {
				throw new BusinessRuleException("mentoring.error.notMentee", no);
			}
			if (!present.contains(person)) {
				present.add(person);
			}
		}
		if (present.isEmpty()) {
			throw new BusinessRuleException("mentoring.error.nobodyPresent");
		}
		long id = this.jdbc.sql("""
				insert into mentoring_meeting (pairing_id, held_on, topic, minutes, notes)
				values (:pairing, :day, :topic, :minutes, :notes) returning id
				""")
			.param("pairing", pairing.id())
			.param("day", command.heldOn())
			.param("topic", command.topic().strip())
			.param("minutes", command.minutes())
			.param("notes", (command.notes() != null && !command.notes().isBlank()) ? command.notes().strip() : null)
			.query(Long.class)
			.single();
		for (Person person : present) {
			this.jdbc.sql("insert into mentoring_attendance (meeting_id, student_id) values (:m, :s)")
				.param("m", id)
				.param("s", person.id())
				.update();
		}
		return id;
	}

	/**
	 * The caller's feedback on a meeting they were at (once).
	 */
	@Transactional
	public void giveFeedback(long meetingId, int score, String comment) {
		CurrentUser user = this.currentUsers.require(Role.STUDENT);
		giveFeedback(meetingId, user.studentNo(), score, comment);
	}

	/** Feedback without a caller (the demo data). */
	@Transactional
	public void giveFeedbackAs(long meetingId, String studentNo, int score, String comment) {
		giveFeedback(meetingId, studentNo, score, comment);
	}

	private void giveFeedback(long meetingId, String studentNo, int score, String comment) {
		Long studentId = this.jdbc.sql("""
				select a.student_id from mentoring_attendance a join student s on s.id = a.student_id
				where a.meeting_id = :m and s.student_no = :no
				""")
			.param("m", meetingId)
			.param("no", (studentNo != null) ? studentNo : "")
			.query(Long.class)
			.optional()
			.orElseThrow(() -> new MentoringNotFoundException("meeting " + meetingId));
		if (score < 1 || score > 5) {
			throw new BusinessRuleException("mentoring.error.score");
		}
		int added = this.jdbc
			.sql("""
					insert into mentoring_feedback (meeting_id, student_id, score, comment) values (:m, :s, :score, :comment)
					on conflict do nothing
					""")
			.param("m", meetingId)
			.param("s", studentId)
			.param("score", score)
			.param("comment", (comment != null && !comment.isBlank()) ? comment.strip() : null)
			.update();
		if (added == 0) {
			throw new BusinessRuleException("mentoring.error.alreadyGiven");
		}
	}

	/**
	 * The pairings the caller's office may see (every one for the graduate school, its
	 * hospital's for a hospital office), newest term first.
	 */
	public List<PairingRow> visiblePairings() {
		CurrentUser user = this.currentUsers.require(Role.GRAD_SCHOOL, Role.HOSPITAL_OFFICE);
		return rows(null).stream().filter((p) -> officeMay(user, p)).toList();
	}

	/**
	 * A pairing with its meetings: with every answer for the offices, with the average
	 * only for the mentor.
	 */
	public PairingDetail detail(long pairingId) {
		CurrentUser user = this.currentUsers.current();
		PairingRow pairing = row(pairingId).orElseThrow(() -> new MentoringNotFoundException("pairing " + pairingId));
		boolean office = user.hasAny(Role.GRAD_SCHOOL, Role.HOSPITAL_OFFICE) && officeMay(user, pairing);
		boolean mentor = user.has(Role.STUDENT) && pairing.mentor().studentNo().equals(user.studentNo());
		if (!office && !mentor) {
			throw new MentoringNotFoundException("pairing " + pairingId);
		}
		return new PairingDetail(pairing, meetings(pairing, office), office, minFeedback(), maxMentees());
	}

	/**
	 * @return the pairings in which the calling student is the mentor
	 */
	public List<PairingDetail> mentoredByMe() {
		CurrentUser user = this.currentUsers.require(Role.STUDENT);
		List<PairingDetail> details = new ArrayList<>();
		int min = minFeedback();
		int max = maxMentees();
		for (PairingRow pairing : rows(user.studentNo())) {
			if (pairing.mentor().studentNo().equals(user.studentNo())) {
				details.add(new PairingDetail(pairing, meetings(pairing, false), false, min, max));
			}
		}
		return details;
	}

	/**
	 * @return the pairings in which the calling student is a mentee
	 */
	public List<MenteeCard> myMentors() {
		CurrentUser user = this.currentUsers.require(Role.STUDENT);
		List<MenteeCard> cards = new ArrayList<>();
		for (PairingRow pairing : rows(user.studentNo())) {
			Person me = pairing.mentees()
				.stream()
				.filter((p) -> p.studentNo().equals(user.studentNo()))
				.findFirst()
				.orElse(null);
			if (me == null) {
				continue;
			}
			List<Meeting> attended = meetings(pairing, false).stream()
				.filter((m) -> m.present().contains(me))
				.map((m) -> new Meeting(m.id(), m.heldOn(), m.topic(), m.minutes(), null, m.present(), List.of(), 0))
				.toList();
			Map<Long, Integer> given = new HashMap<>();
			this.jdbc
				.sql("""
						select f.meeting_id, f.score from mentoring_feedback f join mentoring_meeting m on m.id = f.meeting_id
						where m.pairing_id = :p and f.student_id = :s
						""")
				.param("p", pairing.id())
				.param("s", me.id())
				.query((rs) -> {
					given.put(rs.getLong("meeting_id"), rs.getInt("score"));
				});
			cards.add(new MenteeCard(pairing, attended, given));
		}
		return cards;
	}

	@Override
	public Map<Long, List<MentorService>> mentorServiceOf(Collection<Long> studentIds) {
		Map<Long, List<MentorService>> services = new HashMap<>();
		if (studentIds.isEmpty()) {
			return services;
		}
		this.jdbc.sql("""
				select p.mentor_id, p.term_code,
				       (select count(*) from mentoring_meeting m where m.pairing_id = p.id) as meetings,
				       (select count(*) from mentoring_mentee e where e.pairing_id = p.id) as mentees
				from mentoring_pairing p where p.mentor_id in (:ids) order by p.term_code, p.id
				""").param("ids", studentIds).query((rs) -> {
			services.computeIfAbsent(rs.getLong("mentor_id"), (k) -> new ArrayList<>())
				.add(new MentorService(rs.getLong("mentor_id"), rs.getString("term_code"), rs.getInt("meetings"),
						rs.getInt("mentees")));
		});
		return services;
	}

	private boolean officeMay(CurrentUser user, PairingRow pairing) {
		if (user.has(Role.GRAD_SCHOOL)) {
			return true;
		}
		return user.isOfficeOf(pairing.mentor().hospitalCode())
				&& pairing.mentees().stream().allMatch((p) -> user.isOfficeOf(p.hospitalCode()));
	}

	private PairingRow officeRow(long pairingId, CurrentUser user) {
		return row(pairingId).filter((p) -> officeMay(user, p))
			.orElseThrow(() -> new MentoringNotFoundException("pairing " + pairingId));
	}

	private static void requireActive(PairingRow pairing) {
		if (pairing.state() != PairingState.ACTIVE) {
			throw new BusinessRuleException("mentoring.error.notActive");
		}
	}

	private void bumpVersion(long pairingId, long version) {
		int updated = this.jdbc
			.sql("update mentoring_pairing set version = version + 1 where id = :id and version = :v")
			.param("id", pairingId)
			.param("v", version)
			.update();
		if (updated == 0) {
			throw new OptimisticLockingFailureException("mentoring pairing " + pairingId);
		}
	}

	private void addMenteeRow(long pairingId, long studentId) {
		this.jdbc.sql("insert into mentoring_mentee (pairing_id, student_id) values (:p, :s)")
			.param("p", pairingId)
			.param("s", studentId)
			.update();
	}

	private void requireUnpaired(Candidate mentee, String termCode) {
		boolean paired = this.jdbc.sql("""
				select count(*) from mentoring_mentee e join mentoring_pairing p on p.id = e.pairing_id
				where e.student_id = :s and p.term_code = :term and p.state = :state
				""")
			.param("s", mentee.id())
			.param("term", termCode)
			.param("state", PairingState.ACTIVE.name())
			.query(Long.class)
			.single() > 0;
		if (paired) {
			throw new BusinessRuleException("mentoring.error.menteePaired", mentee.view().name(), termCode);
		}
	}

	private Long activePairingOf(long mentorId, String termCode) {
		return this.jdbc
			.sql("select id from mentoring_pairing where mentor_id = :m and term_code = :t and state = :state")
			.param("m", mentorId)
			.param("t", termCode)
			.param("state", PairingState.ACTIVE.name())
			.query(Long.class)
			.optional()
			.orElse(null);
	}

	private Candidate candidate(String studentNo, CurrentUser user) {
		String no = (studentNo != null) ? studentNo.strip() : "";
		StudentView view = this.students.byStudentNo(no)
			.orElseThrow(() -> new BusinessRuleException("mentoring.error.unknownStudent", no));
		if (user != null && !user.has(Role.GRAD_SCHOOL) && !user.isOfficeOf(view.hospitalCode())) {
			throw new BusinessRuleException("mentoring.error.otherHospital", no);
		}
		long id = this.students.keysByStudentNo(List.of(no)).get(no).id();
		int years = this.organization.program(view.programCode()).map(ProgramRef::standardYears).orElse(3);
		return new Candidate(id, view, years);
	}

	private record Candidate(long id, StudentView view, int standardYears) {

		Seniority seniority(TermRef term) {
			return Seniority.of(this.view.degreeType(), this.view.status(), this.view.cohortYear(), this.standardYears,
					term.year());
		}

	}

	private java.util.Optional<PairingRow> row(long id) {
		return this.jdbc.sql(ROWS + " where p.id = :id").param("id", id).query(this::toRowHead).optional().map((r) -> {
			Map<Long, PairingRow> one = new LinkedHashMap<>();
			one.put(r.id(), r);
			return withMentees(one).get(r.id());
		});
	}

	/**
	 * @param studentNo only the pairings this student is mentor or mentee of, or all
	 */
	private List<PairingRow> rows(String studentNo) {
		String where = (studentNo == null) ? ""
				: " where ms.student_no = :no or exists (select 1 from mentoring_mentee e join student es on es.id = e.student_id"
						+ " where e.pairing_id = p.id and es.student_no = :no)";
		JdbcClient.StatementSpec spec = this.jdbc.sql(ROWS + where + " order by p.term_code desc, ms.student_no, p.id");
		if (studentNo != null) {
			spec = spec.param("no", studentNo);
		}
		Map<Long, PairingRow> rows = new LinkedHashMap<>();
		spec.query(this::toRowHead).list().forEach((r) -> rows.put(r.id(), r));
		return new ArrayList<>(withMentees(rows).values());
	}

	private static final String ROWS = """
			select p.id, p.term_code, p.state, p.end_reason, p.ended_on, p.version,
			       ms.id as mentor_id, ms.student_no, ms.name, ms.program_code, ms.cohort_year, mh.code as hospital_code,
			       (select count(*) from mentoring_meeting m where m.pairing_id = p.id) as meetings,
			       (select count(*) from mentoring_feedback f join mentoring_meeting m on m.id = f.meeting_id
			        where m.pairing_id = p.id) as answers,
			       (select avg(f.score) from mentoring_feedback f join mentoring_meeting m on m.id = f.meeting_id
			        where m.pairing_id = p.id) as average
			from mentoring_pairing p join student ms on ms.id = p.mentor_id left join hospital mh on mh.id = ms.hospital_id
			""";

	private PairingRow toRowHead(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
		BigDecimal average = rs.getBigDecimal("average");
		java.sql.Date ended = rs.getDate("ended_on");
		return new PairingRow(rs.getLong("id"), rs.getString("term_code"),
				new Person(rs.getLong("mentor_id"), rs.getString("student_no"), rs.getString("name"),
						rs.getString("program_code"), rs.getInt("cohort_year"), rs.getString("hospital_code")),
				List.of(), PairingState.valueOf(rs.getString("state")), rs.getString("end_reason"),
				(ended != null) ? ended.toLocalDate() : null, rs.getInt("meetings"), rs.getInt("answers"),
				(average != null) ? average.setScale(2, RoundingMode.HALF_UP) : null, rs.getLong("version"));
	}

	private Map<Long, PairingRow> withMentees(Map<Long, PairingRow> rows) {
		if (rows.isEmpty()) {
			return rows;
		}
		Map<Long, List<Person>> mentees = new HashMap<>();
		this.jdbc
			.sql("""
					select e.pairing_id, s.id, s.student_no, s.name, s.program_code, s.cohort_year, h.code as hospital_code
					from mentoring_mentee e join student s on s.id = e.student_id left join hospital h on h.id = s.hospital_id
					where e.pairing_id in (:ids) order by s.student_no
					""")
			.param("ids", rows.keySet())
			.query((rs) -> {
				mentees.computeIfAbsent(rs.getLong("pairing_id"), (k) -> new ArrayList<>()).add(person(rs));
			});
		Map<Long, PairingRow> complete = new LinkedHashMap<>();
		rows.forEach((id, r) -> complete.put(id,
				new PairingRow(r.id(), r.termCode(), r.mentor(), List.copyOf(mentees.getOrDefault(id, List.of())),
						r.state(), r.endReason(), r.endedOn(), r.meetings(), r.answers(), r.average(), r.version())));
		return complete;
	}

	private static Person person(java.sql.ResultSet rs) throws java.sql.SQLException {
		return new Person(rs.getLong("id"), rs.getString("student_no"), rs.getString("name"),
				rs.getString("program_code"), rs.getInt("cohort_year"), rs.getString("hospital_code"));
	}

	private List<Meeting> meetings(PairingRow pairing, boolean individual) {
		Map<Long, Person> byId = new HashMap<>();
		pairing.mentees().forEach((p) -> byId.put(p.id(), p));
		Map<Long, List<Person>> present = new HashMap<>();
		this.jdbc
			.sql("""
					select a.meeting_id, a.student_id from mentoring_attendance a join mentoring_meeting m on m.id = a.meeting_id
					where m.pairing_id = :p
					""")
			.param("p", pairing.id())
			.query((rs) -> {
				Person person = byId.get(rs.getLong("student_id"));
				if (person != null) {
					present.computeIfAbsent(rs.getLong("meeting_id"), (k) -> new ArrayList<>()).add(person);
				}
			});
		Map<Long, List<Feedback>> feedback = new HashMap<>();
		Map<Long, Integer> answers = new HashMap<>();
		this.jdbc.sql("""
				select f.meeting_id, f.student_id, f.score, f.comment from mentoring_feedback f
				join mentoring_meeting m on m.id = f.meeting_id where m.pairing_id = :p order by f.given_at
				""").param("p", pairing.id()).query((rs) -> {
			long meeting = rs.getLong("meeting_id");
			answers.merge(meeting, 1, Integer::sum);
			if (individual) {
				feedback.computeIfAbsent(meeting, (k) -> new ArrayList<>())
					.add(new Feedback(byId.get(rs.getLong("student_id")), rs.getInt("score"), rs.getString("comment")));
			}
		});
		return this.jdbc.sql("""
				select id, held_on, topic, minutes, notes from mentoring_meeting where pairing_id = :p
				order by held_on desc, id desc
				""")
			.param("p", pairing.id())
			.query((rs, row) -> new Meeting(rs.getLong("id"), rs.getDate("held_on").toLocalDate(),
					rs.getString("topic"), rs.getInt("minutes"), rs.getString("notes"),
					List.copyOf(present.getOrDefault(rs.getLong("id"), List.of())),
					List.copyOf(feedback.getOrDefault(rs.getLong("id"), List.of())),
					answers.getOrDefault(rs.getLong("id"), 0)))
			.list();
	}

}
