package com.clinigrad.theses;

import java.math.BigDecimal;
import java.security.SecureRandom;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import com.clinigrad.accounts.CurrentUser;
import com.clinigrad.accounts.CurrentUsers;
import com.clinigrad.accounts.Role;
import com.clinigrad.achievements.AchievementRecords;
import com.clinigrad.achievements.PublicationView;
import com.clinigrad.organization.HospitalRef;
import com.clinigrad.organization.Organization;
import com.clinigrad.organization.ProgramRef;
import com.clinigrad.organization.SchoolCalendar;
import com.clinigrad.shared.BusinessRuleException;
import com.clinigrad.shared.Confirmation;
import com.clinigrad.shared.SchoolTime;
import com.clinigrad.shared.events.StudentEvents;
import com.clinigrad.students.DegreeType;
import com.clinigrad.students.StudentCard;
import com.clinigrad.students.StudentKey;
import com.clinigrad.students.StudentRegistry;
import com.clinigrad.students.StudentRow;
import com.clinigrad.students.StudentView;
import com.clinigrad.supervisors.SupervisorDirectory;
import com.clinigrad.supervisors.SupervisorFilter;
import com.clinigrad.supervisors.SupervisorRef;
import com.clinigrad.supervisors.TitleLevel;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Double-blind review (盲审): graduate-school staff assign qualified reviewers without a
 * conflict of interest; each reviewer sees only an anonymised copy under a code, and
 * submits a verdict with scores and comments before a deadline in working days, with
 * reminders. When every review of the round is in, the program's verdict rule clears or
 * blocks the round.
 */
@Service
public class BlindReviews {

	private static final String CODE_LETTERS = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";

	private static final SecureRandom RANDOM = new SecureRandom();

	private final JdbcClient jdbc;

	private final StudentRegistry students;

	private final SupervisorDirectory supervisors;

	private final Organization organization;

	private final AchievementRecords achievements;

	private final ThesisDossiers dossiers;

	private final ThesisRequirements requirements;

	private final CurrentUsers currentUsers;

	private final SchoolCalendar calendar;

	private final ReviewRoundRepository rounds;

	private final ReviewAssignmentRepository reviews;

	private final StudentEvents events;

	BlindReviews(JdbcClient jdbc, StudentRegistry students, SupervisorDirectory supervisors, Organization organization,
			AchievementRecords achievements, ThesisDossiers dossiers, ThesisRequirements requirements,
			CurrentUsers currentUsers, SchoolCalendar calendar, ReviewRoundRepository rounds,
			ReviewAssignmentRepository reviews, StudentEvents events) {
		this.events = events;
		this.calendar = calendar;
		this.rounds = rounds;
		this.reviews = reviews;
		this.jdbc = jdbc;
		this.students = students;
		this.supervisors = supervisors;
		this.organization = organization;
		this.achievements = achievements;
		this.dossiers = dossiers;
		this.requirements = requirements;
		this.currentUsers = currentUsers;
	}

	/**
	 * Qualified reviewers without a conflict, for staff to choose from (external ones
	 * first).
	 */
	@Transactional(readOnly = true)
	public List<SupervisorRef> candidates(String studentNo) {
		this.currentUsers.require(Role.GRAD_SCHOOL);
		Reviewing reviewing = reviewing(studentNo);
		List<SupervisorRef> all = new ArrayList<>(this.supervisors
			.search(new SupervisorFilter(null, null, null, null, null), PageRequest.of(0, 2000, Sort.by("name")))
			.getContent());
		Set<Long> assigned = assignedInCurrentRound(reviewing.student().id());
		all.sort((a, b) -> Boolean.compare(b.external(), a.external()));
		return all.stream()
			.filter((ref) -> !assigned.contains(ref.id()) && reviewing.problems(ref).isEmpty())
			.limit(40)
			.toList();
	}

	/**
	 * Assigns reviewers to the current round, all or none: refused when the thesis is not
	 * ready for review, when one of them is unqualified or conflicted (each named with
	 * why), or when the round would have fewer than the program's minimum.
	 */
	@Transactional
	public void assign(String studentNo, long roundVersion, List<String> staffNos) {
		CurrentUser user = this.currentUsers.require(Role.GRAD_SCHOOL);
		ThesisDossier dossier = this.dossiers.of(studentNo);
		Reviewing reviewing = reviewing(studentNo);
		ReviewRound round = (dossier.currentRound() != null)
				? this.rounds.findToChange(reviewing.student().id(), dossier.currentRound().roundNo()).orElse(null)
				: null;
		if (round == null) {
			throw new BusinessRuleException("thesis.error.roundClosed", "1");
		}
		LocalDate today = SchoolTime.today();
		LocalDate due = this.calendar.addWorkingDays(today, reviewing.workingDays());
		round.assignReviewers(today, due);
		if (!dossier.problems().isEmpty()) {
			throw new BusinessRuleException("review.error.notReady");
		}
		Set<String> numbers = new LinkedHashSet<>();
		staffNos.stream().filter((no) -> no != null && !no.isBlank()).forEach((no) -> numbers.add(no.trim()));
		if (numbers.isEmpty()) {
			throw new BusinessRuleException("review.error.none");
		}
		Map<String, SupervisorRef> found = this.supervisors.byStaffNos(numbers);
		long active = dossier.currentRound().reviews().stream().filter((review) -> !review.declined()).count();
		Set<Long> assigned = assignedInCurrentRound(reviewing.student().id());
		List<ReviewerRefusal> refusals = new ArrayList<>();
		for (String no : numbers) {
			SupervisorRef ref = found.get(no);
			if (ref == null) {
				refusals.add(new ReviewerRefusal(no, null, List.of("review.conflict.unknown")));
				continue;
			}
			List<String> problems = new ArrayList<>(reviewing.problems(ref));
			if (assigned.contains(ref.id())) {
				problems.add("review.conflict.alreadyAssigned");
			}
			if (!problems.isEmpty()) {
				refusals.add(new ReviewerRefusal(no, ref.name(), problems));
			}
		}
		if (!refusals.isEmpty()) {
			throw new ReviewersRefusedException(refusals);
		}
		int minimum = reviewing.limits().minReviewers();
		if (active + numbers.size() < minimum) {
			throw new BusinessRuleException("review.error.tooFew", String.valueOf(active + numbers.size()),
					String.valueOf(minimum));
		}
		Versions.check(round.version(), roundVersion, "Round of " + studentNo);
		this.rounds.save(round);
		for (String no : numbers) {
			ReviewAssignment review = this.reviews.save(new ReviewAssignment(round.studentId(), round.roundNo(),
					found.get(no).id(), newCode(), user.displayName(), due));
			this.events.publish(new ReviewAssigned(no, review.code(), due));
		}
	}

	/**
	 * The reviews assigned to the calling expert, pending first.
	 */
	@Transactional(readOnly = true)
	public List<Assignment> mine() {
		Long reviewerId = callerReviewerId();
		if (reviewerId == null) {
			return List.of();
		}
		return assignments(this.jdbc
			.sql("select id from thesis_review where reviewer_id = :r and code is not null order by "
					+ "(status = :pending) desc, due_on, id")
			.param("r", reviewerId)
			.param("pending", ReviewStatus.PENDING.name())
			.query(Long.class)
			.list());
	}

	/**
	 * One assignment, for its reviewer only: the thesis's title and program, never the
	 * student or supervisors.
	 */
	@Transactional(readOnly = true)
	public Assignment assignment(String code) {
		Long reviewerId = callerReviewerId();
		Long id = (reviewerId == null) ? null
				: this.jdbc.sql("select id from thesis_review where code = :c and reviewer_id = :r")
					.param("c", code)
					.param("r", reviewerId)
					.query(Long.class)
					.optional()
					.orElse(null);
		if (id == null) {
			throw new ThesisNotFoundException(code);
		}
		return assignment(id);
	}

	/**
	 * The latest anonymised copy, without author metadata, under a name that carries only
	 * the review code.
	 */
	@Transactional(readOnly = true)
	public StoredFile blindCopy(String code) {
		Assignment assignment = assignment(code);
		return this.jdbc.sql("""
				select f.format, f.content from thesis_file f join thesis_review r on r.student_id = f.student_id
				where r.code = :c and f.kind = :blind order by f.version_no desc limit 1
				""")
			.param("c", assignment.code())
			.param("blind", FileKind.BLIND.name())
			.query((rs, n) -> StoredFile.of(
					"blind-review-" + assignment.code() + "." + rs.getString("format").toLowerCase(Locale.ROOT),
					rs.getString("format"),
					ThesisText.withoutMetadata("blind." + rs.getString("format"), rs.getBytes("content"))))
			.optional()
			.orElseThrow(() -> new ThesisNotFoundException(code));
	}

	/**
	 * The reviewer's verdict, scores (topic ≤ 20, innovation ≤ 30, knowledge ≤ 20,
	 * research ability ≤ 20, writing ≤ 10) and comments; a total under 60 must be a
	 * disagree. Once every review of the round is in, the round is cleared or blocked.
	 */
	@Transactional
	public void submit(String code, long version, ReviewCommand command) {
		ReviewAssignment review = reviewOfCaller(code);
		review.submit(command);
		Versions.check(review.version(), version, "Review " + code);
		this.reviews.saveAndFlush(review);
		boolean complete = conclude(review.studentId(), review.roundNo());
		this.events.publish(new ReviewSubmitted(review.studentId(), review.roundNo(), complete));
	}

	/**
	 * The reviewer declines (a conflict the office did not know of, no time); the office
	 * assigns someone else.
	 */
	@Transactional
	public void decline(String code, long version, String reason, boolean confirmed) {
		ReviewAssignment review = reviewOfCaller(code);
		Confirmation.require(confirmed, "review.error.confirmDecline");
		review.decline(reason);
		Versions.check(review.version(), version, "Review " + code);
		this.reviews.saveAndFlush(review);
		conclude(review.studentId(), review.roundNo());
	}

	/**
	 * Graduate-school staff withdraw a pending review (a reviewer who does not answer, a
	 * conflict found late), with a reason; the office assigns someone else, and the round
	 * closes once the remaining reviews are in and enough.
	 */
	@Transactional
	public void withdraw(String studentNo, String code, String reason) {
		StudentKey key = this.dossiers.visible(studentNo);
		CurrentUser user = this.currentUsers.require(Role.GRAD_SCHOOL);
		ReviewAssignment review = this.reviews.findByCode(code)
			.filter((found) -> found.studentId() == key.id() && takesReviews(found))
			.orElseThrow(() -> new BusinessRuleException("review.error.closed"));
		review.withdraw(user.displayName(), reason);
		this.reviews.saveAndFlush(review);
		conclude(review.studentId(), review.roundNo());
	}

	/**
	 * Records reminders for reviews due within the program's reminder period and for
	 * overdue ones, once each; the reviewer sees them on the home page and the office on
	 * the review board.
	 * @return the reminders recorded
	 */
	@Transactional
	public int remind(LocalDate today) {
		int recorded = 0;
		List<Long> ids = this.jdbc.sql("""
				select r.id from thesis_review r
				join thesis_round t on t.student_id = r.student_id and t.round_no = r.round_no
				where r.status = :pending and r.due_on is not null and t.status = :open
				""")
			.param("pending", ReviewStatus.PENDING.name())
			.param("open", RoundStatus.OPEN.name())
			.query(Long.class)
			.list();
		List<ReviewAssignment> pending = this.reviews.findAllById(ids);
		Map<Long, StudentCard> cards = this.students
			.cardsByIds(pending.stream().map(ReviewAssignment::studentId).distinct().toList());
		Map<String, Integer> before = new java.util.HashMap<>();
		this.jdbc.sql("select program_code, remind_before_days from review_policy").query((rs) -> {
			before.put(rs.getString(1), rs.getInt(2));
		});
		for (ReviewAssignment review : pending) {
			String program = cards.get(review.studentId()).programCode();
			ReminderKind kind = review.reminderDue(today, this.calendar.workingDaysBetween(today, review.dueOn()),
					before.getOrDefault(program, 5));
			if (kind != null) {
				recorded += this.jdbc.sql("""
						insert into review_reminder (review_id, kind, sent_on) values (:id, :kind, :today)
						on conflict do nothing
						""").param("id", review.id()).param("kind", kind.name()).param("today", today).update();
			}
		}
		return recorded;
	}

	/**
	 * Every review in progress, for graduate-school staff: who, which student, due and
	 * reminded when.
	 */
	@Transactional(readOnly = true)
	public List<BoardRow> board() {
		this.currentUsers.require(Role.GRAD_SCHOOL);
		List<Map<String, Object>> rows = this.jdbc.sql("""
				select r.student_id, r.round_no, r.reviewer_id, r.code, r.due_on, r.declined_reason,
				       (select max(m.sent_on) from review_reminder m where m.review_id = r.id) as reminded_on
				from thesis_review r join thesis t on t.student_id = r.student_id and t.current_round = r.round_no
				join thesis_round o on o.student_id = r.student_id and o.round_no = r.round_no
				where r.verdict is null and o.status = :open and r.code is not null
				order by r.declined_reason is null, r.due_on, r.id
				""").param("open", RoundStatus.OPEN.name()).query().listOfRows();
		Map<Long, StudentRow> students = this.students
			.visibleRows(rows.stream().map((row) -> ((Number) row.get("student_id")).longValue()).distinct().toList());
		Map<Long, SupervisorRef> reviewers = this.supervisors
			.byIds(rows.stream().map((row) -> ((Number) row.get("reviewer_id")).longValue()).toList());
		LocalDate today = SchoolTime.today();
		return rows.stream()
			.filter((row) -> students.containsKey(((Number) row.get("student_id")).longValue()))
			.map((row) -> {
				StudentRow card = students.get(((Number) row.get("student_id")).longValue());
				SupervisorRef reviewer = reviewers.get(((Number) row.get("reviewer_id")).longValue());
				LocalDate due = (row.get("due_on") != null) ? ((java.sql.Date) row.get("due_on")).toLocalDate() : null;
				return new BoardRow(card.studentNo(), card.name(), ((Number) row.get("round_no")).intValue(),
						reviewer.name(), reviewer.staffNo(), (String) row.get("code"), due,
						(due != null && due.isBefore(today)), (row.get("reminded_on") != null)
								? ((java.sql.Date) row.get("reminded_on")).toLocalDate() : null,
						(String) row.get("declined_reason"), card);
			})
			.toList();
	}

	/**
	 * Clears or blocks the round once every active review is in and there are enough.
	 */
	/**
	 * Clears or blocks the round once every review is in.
	 * @return whether the round was concluded now
	 */
	private boolean conclude(long studentId, int roundNo) {
		ReviewRound round = this.rounds.findByStudentIdAndRoundNo(studentId, roundNo).orElseThrow();
		String studentNo = this.students.cardsByIds(List.of(studentId)).get(studentId).studentNo();
		ThesisRequirements.Limits limits = this.requirements.limits(studentNo);
		if (round.conclude(ReviewTally.of(this.reviews.findByStudentIdAndRoundNo(studentId, roundNo)),
				limits.minReviewers(), limits.maxDisagree())) {
			this.rounds.saveAndFlush(round);
			return true;
		}
		return false;
	}

	/**
	 * The caller's own review with this code (not found for anyone else), in a round that
	 * still takes reviews.
	 */
	private ReviewAssignment reviewOfCaller(String code) {
		Assignment assignment = assignment(code);
		ReviewAssignment review = this.reviews.findByCode(assignment.code()).orElseThrow();
		if (!takesReviews(review)) {
			throw new BusinessRuleException("review.error.closed");
		}
		return review;
	}

	private boolean takesReviews(ReviewAssignment review) {
		return this.rounds.findByStudentIdAndRoundNo(review.studentId(), review.roundNo())
			.map(ReviewRound::open)
			.orElse(false);
	}

	private Assignment assignment(long id) {
		return assignments(List.of(id)).get(0);
	}

	/**
	 * The assignments with these ids, in the same order: one query for the reviews, one
	 * for their students, one for the reminders.
	 */
	private List<Assignment> assignments(List<Long> ids) {
		if (ids.isEmpty()) {
			return List.of();
		}
		Map<Long, Map<String, Object>> rows = new java.util.HashMap<>();
		this.jdbc.sql("""
				select r.*, t.title, o.status as round_status from thesis_review r
				join thesis t on t.student_id = r.student_id
				join thesis_round o on o.student_id = r.student_id and o.round_no = r.round_no
				where r.id in (:ids)
				""")
			.param("ids", ids)
			.query()
			.listOfRows()
			.forEach((row) -> rows.put(((Number) row.get("id")).longValue(), row));
		Map<Long, StudentCard> cards = this.students.cardsByIds(
				rows.values().stream().map((row) -> ((Number) row.get("student_id")).longValue()).distinct().toList());
		Map<String, ProgramRef> programs = new java.util.HashMap<>();
		this.organization.programs().forEach((program) -> programs.put(program.code(), program));
		Map<Long, List<ReminderKind>> reminders = new java.util.HashMap<>();
		this.jdbc.sql("select review_id, kind from review_reminder where review_id in (:ids) order by sent_on desc")
			.param("ids", ids)
			.query((rs) -> {
				reminders.computeIfAbsent(rs.getLong(1), (k) -> new ArrayList<>())
					.add(ReminderKind.valueOf(rs.getString(2)));
			});
		LocalDate today = SchoolTime.today();
		List<Assignment> assignments = new ArrayList<>();
		for (Long id : ids) {
			Map<String, Object> row = rows.get(id);
			long studentId = ((Number) row.get("student_id")).longValue();
			LocalDate due = (row.get("due_on") != null) ? ((java.sql.Date) row.get("due_on")).toLocalDate() : null;
			assignments.add(new Assignment(studentId, ((Number) row.get("round_no")).intValue(),
					(String) row.get("code"), (String) row.get("title"),
					programs.get(cards.get(studentId).programCode()),
					RoundStatus.valueOf((String) row.get("round_status")),
					ReviewStatus.valueOf((String) row.get("status")), due,
					(due != null) ? this.calendar.workingDaysBetween(today, due) : 0,
					Codes.parse(ReviewVerdict.class, (String) row.get("verdict")), (BigDecimal) row.get("score_topic"),
					(BigDecimal) row.get("score_innovation"), (BigDecimal) row.get("score_knowledge"),
					(BigDecimal) row.get("score_ability"), (BigDecimal) row.get("score_writing"),
					(String) row.get("comments"), (String) row.get("declined_reason"),
					reminders.getOrDefault(id, List.of()), ((Number) row.get("version")).longValue()));
		}
		return assignments;
	}

	/**
	 * @return the reviewers already assigned (or who declined) in the student's current
	 * round
	 */
	private Set<Long> assignedInCurrentRound(long studentId) {
		return new HashSet<>(this.jdbc.sql("""
				select r.reviewer_id from thesis_review r join thesis t on t.student_id = r.student_id
				    and t.current_round = r.round_no
				where r.student_id = :s
				""").param("s", studentId).query(Long.class).list());
	}

	private Long callerReviewerId() {
		CurrentUser user = this.currentUsers.current();
		if (!user.has(Role.EXPERT) || user.staffNo() == null) {
			return null;
		}
		return this.supervisors.byStaffNo(user.staffNo()).map(SupervisorRef::id).orElse(null);
	}

	private Reviewing reviewing(String studentNo) {
		StudentKey key = this.dossiers.visible(studentNo);
		StudentView student = this.students.byStudentNo(studentNo).orElseThrow();
		List<SupervisorRef> supervisors = List
			.copyOf(this.supervisors.byStaffNos(student.supervisorStaffNos()).values());
		Set<String> coAuthors = new HashSet<>();
		for (PublicationView publication : this.achievements.publicationsOf(List.of(key.id()))
			.getOrDefault(key.id(), List.of())) {
			if (publication.coAuthors() != null) {
				Arrays.stream(publication.coAuthors().split("[,，、;；]"))
					.map(ThesisDossiers::compact)
					.filter((name) -> !name.isEmpty())
					.forEach(coAuthors::add);
			}
		}
		Map<String, Object> policy = this.jdbc
			.sql("select working_days, exclude_same_hospital from review_policy where program_code = :p")
			.param("p", key.programCode())
			.query()
			.listOfRows()
			.stream()
			.findFirst()
			.orElse(Map.of("working_days", 35, "exclude_same_hospital", false));
		Long hospitalId = (key.hospitalCode() != null)
				? this.organization.hospitalByCode(key.hospitalCode()).map(HospitalRef::id).orElse(null) : null;
		return new Reviewing(key, student.degreeType().doctoral(), supervisors, coAuthors,
				(Boolean) policy.get("exclude_same_hospital") ? hospitalId : null, student.disciplineCode(),
				((Number) policy.get("working_days")).intValue(), this.requirements.limits(studentNo));
	}

	private static String newCode() {
		StringBuilder code = new StringBuilder("BR-");
		for (int i = 0; i < 6; i++) {
			code.append(CODE_LETTERS.charAt(RANDOM.nextInt(CODE_LETTERS.length())));
		}
		return code.toString();
	}

	/**
	 * What a reviewer of this student must not be.
	 */
	private record Reviewing(StudentKey student, boolean doctoral, List<SupervisorRef> ownSupervisors,
			Set<String> coAuthors, Long excludedHospitalId, String disciplineCode, int workingDays,
			ThesisRequirements.Limits limits) {

		List<String> problems(SupervisorRef reviewer) {
			List<String> problems = new ArrayList<>();
			boolean qualified = this.doctoral
					? reviewer.doctoralSupervisor() || reviewer.titleLevel() == TitleLevel.FULL_SENIOR
					: reviewer.masterSupervisor() || reviewer.doctoralSupervisor()
							|| reviewer.titleLevel() != TitleLevel.INTERMEDIATE;
			if (!qualified) {
				problems
					.add(this.doctoral ? "review.conflict.unqualifiedDoctoral" : "review.conflict.unqualifiedMaster");
			}
			for (SupervisorRef own : this.ownSupervisors) {
				if (own.id() == reviewer.id()) {
					problems.add("review.conflict.ownSupervisor");
				}
				else if (own.groupCode() != null && own.groupCode().equals(reviewer.groupCode())) {
					problems.add("review.conflict.sameGroup");
				}
			}
			if (this.coAuthors.contains(ThesisDossiers.compact(reviewer.name()))) {
				problems.add("review.conflict.coAuthor");
			}
			if (this.excludedHospitalId != null && this.excludedHospitalId.equals(reviewer.hospitalId())) {
				problems.add("review.conflict.sameHospital");
			}
			if (this.disciplineCode != null && reviewer.disciplineCode() != null
					&& !this.disciplineCode.startsWith(reviewer.disciplineCode())
					&& !reviewer.disciplineCode().startsWith(this.disciplineCode)) {
				problems.add("review.conflict.otherField");
			}
			return problems.stream().distinct().toList();
		}

	}

	/**
	 * An assignment as its reviewer sees it: no student, no supervisor.
	 */
	public record Assignment(long studentId, int roundNo, String code, String title, ProgramRef program,
			RoundStatus roundStatus, ReviewStatus status, LocalDate dueOn, int workingDaysLeft, ReviewVerdict verdict,
			BigDecimal scoreTopic, BigDecimal scoreInnovation, BigDecimal scoreKnowledge, BigDecimal scoreAbility,
			BigDecimal scoreWriting, String comments, String declinedReason, List<ReminderKind> reminders,
			long version) {

		/**
		 * @return whether the reviewer may still submit or decline: the review is pending
		 * and its round open
		 */
		public boolean pending() {
			return this.status == ReviewStatus.PENDING && this.roundStatus == RoundStatus.OPEN;
		}

		public boolean overdue() {
			return pending() && this.dueOn != null && this.dueOn.isBefore(SchoolTime.today());
		}

		public boolean doctoral() {
			return DegreeType.valueOf(this.program.degreeType()).doctoral();
		}

	}

	/**
	 * A review in progress on the office's board.
	 */
	public record BoardRow(String studentNo, String studentName, int roundNo, String reviewerName,
			String reviewerStaffNo, String code, LocalDate dueOn, boolean overdue, LocalDate remindedOn,
			String declinedReason, StudentRow student) {

		/**
		 * @return where the review stands: declined, overdue or in time
		 */
		public BoardState state() {
			if (this.declinedReason != null) {
				return BoardState.DECLINED;
			}
			return this.overdue ? BoardState.OVERDUE : BoardState.IN_TIME;
		}

	}

	/**
	 * Where a review on the board stands.
	 */
	public enum BoardState {

		/** The reviewer declined; another must be assigned. */
		DECLINED,
		/** Past its deadline without a verdict. */
		OVERDUE,
		/** Within its deadline. */
		IN_TIME;

		public String messageKey() {
			return "reviewBoard.state." + name();
		}

	}

	/**
	 * A reviewer refused, with the message keys of why.
	 */
	public record ReviewerRefusal(String staffNo, String name, List<String> reasons) {

	}

	/**
	 * The office's assignment was refused for these reviewers.
	 */
	public static class ReviewersRefusedException extends BusinessRuleException {

		private final transient List<ReviewerRefusal> refusals;

		ReviewersRefusedException(List<ReviewerRefusal> refusals) {
			super("review.error.refused", String.valueOf(refusals.size()));
			this.refusals = List.copyOf(refusals);
		}

		public List<ReviewerRefusal> refusals() {
			return this.refusals;
		}

	}

	/**
	 * What a reviewer submits.
	 */
	public record ReviewCommand(String verdict, BigDecimal topic, BigDecimal innovation, BigDecimal knowledge,
			BigDecimal ability, BigDecimal writing, String comments) {

		/**
		 * Checks the form against the review's rules.
		 * @return the verdict
		 */
		ReviewVerdict validate() {
			ReviewVerdict verdict = Codes.parse(ReviewVerdict.class, this.verdict);
			if (verdict == null) {
				throw new BusinessRuleException("review.error.verdict");
			}
			check("review.error.score.topic", this.topic, 20);
			check("review.error.score.innovation", this.innovation, 30);
			check("review.error.score.knowledge", this.knowledge, 20);
			check("review.error.score.ability", this.ability, 20);
			check("review.error.score.writing", this.writing, 10);
			BigDecimal total = this.topic.add(this.innovation).add(this.knowledge).add(this.ability).add(this.writing);
			if (total.compareTo(BigDecimal.valueOf(60)) < 0 && !verdict.disagrees()) {
				throw new BusinessRuleException("review.error.lowTotal", total.stripTrailingZeros().toPlainString());
			}
			if (this.comments == null || this.comments.strip().length() < 20) {
				throw new BusinessRuleException("review.error.comments");
			}
			if (this.comments.length() > 4000) {
				throw new BusinessRuleException("review.error.commentsLong");
			}
			return verdict;
		}

		private static void check(String key, BigDecimal value, int max) {
			if (value == null || value.signum() < 0 || value.compareTo(BigDecimal.valueOf(max)) > 0
					|| value.scale() > 1) {
				throw new BusinessRuleException(key, String.valueOf(max));
			}
		}

	}

}
