package com.clinigrad.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import com.clinigrad.accounts.CurrentUser;
import com.clinigrad.accounts.CurrentUsers;
import com.clinigrad.accounts.Role;
import com.clinigrad.achievements.AchievementKind;
import com.clinigrad.achievements.AchievementRecords;
import com.clinigrad.achievements.CertificateView;
import com.clinigrad.eligibility.ProgramRules;
import com.clinigrad.organization.CalendarDayKind;
import com.clinigrad.organization.HospitalRef;
import com.clinigrad.organization.Organization;
import com.clinigrad.organization.SchoolCalendar;
import com.clinigrad.rotations.ExamResult;
import com.clinigrad.rotations.RotationDates;
import com.clinigrad.rotations.ScheduledRotation;
import com.clinigrad.shared.SchoolTime;
import com.clinigrad.students.StudentCard;
import com.clinigrad.students.StudentKey;
import com.clinigrad.students.StudentRegistry;
import com.clinigrad.students.SupervisedRoster;
import com.clinigrad.theses.ThesisDates;
import com.clinigrad.theses.ThesisDates.DatedSession;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Gathers a person's dates from the modules that own them, limited by each of their roles
 * to what that role may see: a student their own; a supervisor their students' (named)
 * and the panels they sit on; an expert their blind-review deadlines by code only (no
 * student, ever); a hospital office its hospital's rotation starts, ends and exit exams
 * due in numbers; a department coordinator its trainees; graduate-school staff and the
 * degree committee the degree meetings and (staff) the review deadlines in numbers.
 * Everyone sees the school calendar's holidays.
 */
@Service
@Transactional(readOnly = true)
public class PersonalCalendar {

	private final CurrentUsers currentUsers;

	private final StudentRegistry students;

	private final SupervisedRoster roster;

	private final RotationDates rotations;

	private final ThesisDates theses;

	private final ProgramRules programRules;

	private final AchievementRecords achievements;

	private final SchoolCalendar schoolCalendar;

	private final Organization organization;

	private final MessageSource messages;

	PersonalCalendar(CurrentUsers currentUsers, StudentRegistry students, SupervisedRoster roster,
			RotationDates rotations, ThesisDates theses, ProgramRules programRules, AchievementRecords achievements,
			SchoolCalendar schoolCalendar, Organization organization, MessageSource messages) {
		this.currentUsers = currentUsers;
		this.students = students;
		this.roster = roster;
		this.rotations = rotations;
		this.theses = theses;
		this.programRules = programRules;
		this.achievements = achievements;
		this.schoolCalendar = schoolCalendar;
		this.organization = organization;
		this.messages = messages;
	}

	/**
	 * The caller's month: whole weeks from Monday to Sunday around it, each day with its
	 * items.
	 */
	public MonthView month(YearMonth month, Locale locale) {
		CurrentUser user = this.currentUsers.current();
		LocalDate from = month.atDay(1).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
		LocalDate to = month.atEndOfMonth().with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY));
		return MonthView.of(month, SchoolTime.today(), items(user, from, to, locale));
	}

	/**
	 * @return the person's items overlapping the period, in order of their first day
	 */
	List<CalendarItem> items(CurrentUser user, LocalDate from, LocalDate to, Locale locale) {
		Texts texts = new Texts(this.messages, locale);
		Map<String, CalendarItem> items = new java.util.LinkedHashMap<>();
		Set<Long> ownStudents = new HashSet<>();
		if (user.has(Role.STUDENT) && user.studentNo() != null) {
			StudentKey key = this.students.keysByStudentNo(List.of(user.studentNo())).get(user.studentNo());
			if (key != null) {
				List<StudentCard> own = List.copyOf(this.students.cardsByIds(List.of(key.id())).values());
				studentDates(own, false, from, to, texts, items);
				ownStudents.add(key.id());
			}
		}
		if (user.has(Role.SUPERVISOR) && user.staffNo() != null) {
			List<StudentCard> supervised = this.roster.inTrainingOf(user.staffNo());
			studentDates(supervised, true, from, to, texts, items);
			supervised.forEach((card) -> ownStudents.add(card.id()));
		}
		if (user.hasAny(Role.SUPERVISOR, Role.EXPERT) && user.staffNo() != null) {
			panels(user.staffNo(), ownStudents, from, to, texts, items);
		}
		if (user.has(Role.EXPERT) && user.staffNo() != null) {
			for (ThesisDates.ReviewDue review : this.theses.reviewsDueFor(user.staffNo(), from, to)) {
				add(items,
						new CalendarItem("review-" + review.code(), CalendarItemKind.REVIEW_DUE, review.dueOn(),
								review.dueOn(), texts.get(CalendarItemKind.REVIEW_DUE.titleKey(), review.code()), null,
								"/reviews/" + review.code()));
			}
		}
		if (user.has(Role.HOSPITAL_OFFICE) && user.hospitalCode() != null) {
			hospitalDates(user.hospitalCode(), from, to, texts, items);
		}
		if (user.has(Role.DEPT_COORDINATOR) && user.hospitalCode() != null && user.departmentCode() != null) {
			departmentDates(user.hospitalCode(), user.departmentCode(), from, to, texts, items);
		}
		if (user.hasAny(Role.GRAD_SCHOOL, Role.DEGREE_COMMITTEE)) {
			for (ThesisDates.MeetingDate meeting : this.theses.degreeMeetings(from, to)) {
				add(items,
						new CalendarItem("degree-meeting-" + meeting.id(), CalendarItemKind.DEGREE_MEETING,
								meeting.heldOn(), meeting.heldOn(),
								texts.get(CalendarItemKind.DEGREE_MEETING.titleKey(), meeting.candidates()),
								texts.get(meeting.status().messageKey()), "/degrees/meetings/" + meeting.id()));
			}
		}
		if (user.has(Role.GRAD_SCHOOL)) {
			this.theses.pendingReviewsDueByDay(from, to)
				.forEach((day, count) -> add(items, new CalendarItem("reviews-due-" + day, CalendarItemKind.REVIEWS_DUE,
						day, day, texts.get(CalendarItemKind.REVIEWS_DUE.titleKey(), count), null, "/reviews/board")));
		}
		schoolDays(user, from, to, items);
		List<CalendarItem> sorted = new ArrayList<>(items.values());
		sorted.sort(ORDER);
		return sorted;
	}

	/**
	 * @return the name a calendar program shows for the feed
	 */
	String feedName(Locale locale) {
		return new Texts(this.messages, locale).get("mycal.feed.name");
	}

	static final Comparator<CalendarItem> ORDER = Comparator.comparing(CalendarItem::start)
		.thenComparing((item) -> !item.kind().schoolDay())
		.thenComparing((item) -> !item.spans())
		.thenComparing(CalendarItem::kind)
		.thenComparing(CalendarItem::title);

	private void studentDates(List<StudentCard> cards, boolean named, LocalDate from, LocalDate to, Texts texts,
			Map<String, CalendarItem> items) {
		if (cards.isEmpty()) {
			return;
		}
		Map<Long, StudentCard> byId = new HashMap<>();
		cards.forEach((card) -> byId.put(card.id(), card));
		Map<String, String> hospitalNames = hospitalNames(texts.english());
		for (ScheduledRotation rotation : this.rotations.ofStudents(byId.keySet(), from, to)) {
			StudentCard student = byId.get(rotation.studentId());
			String link = "/students/" + student.studentNo() + "/rotations";
			String hospital = hospitalNames.getOrDefault(rotation.hospitalCode(), rotation.hospitalCode());
			add(items,
					new CalendarItem("rotation-" + rotation.id(), CalendarItemKind.ROTATION, rotation.startDate(),
							rotation.endDate(),
							named(named, student, texts,
									texts.get(CalendarItemKind.ROTATION.titleKey(), rotation.departmentName())),
							hospital, link));
			if (!rotation.endDate().isBefore(from) && !rotation.endDate().isAfter(to)) {
				add(items,
						new CalendarItem("exit-exam-" + rotation.id(), CalendarItemKind.EXIT_EXAM, rotation.endDate(),
								rotation.endDate(),
								named(named, student, texts,
										texts.get(CalendarItemKind.EXIT_EXAM.titleKey(), rotation.departmentName())),
								texts.get(examState(rotation)), link));
			}
		}
		for (DatedSession session : this.theses.sessionsOf(byId.keySet(), from, to)) {
			StudentCard student = byId.get(session.studentId());
			CalendarItemKind kind = session.defense() ? CalendarItemKind.DEFENSE
					: session.clinicalExam() ? CalendarItemKind.CLINICAL_EXAM : CalendarItemKind.MILESTONE;
			add(items,
					new CalendarItem("session-" + session.id(), kind, session.scheduledOn(), session.scheduledOn(),
							named(named, student, texts, sessionTitle(session, texts)), session.place(),
							"/milestones/" + session.id()));
		}
		for (RotationDates.ResidencySitting sitting : this.rotations.residencyExams(byId.keySet(), from, to)) {
			StudentCard student = byId.get(sitting.studentId());
			add(items,
					new CalendarItem("residency-exam-" + sitting.id(), CalendarItemKind.RESIDENCY_EXAM, sitting.satOn(),
							sitting.satOn(),
							named(named, student, texts, texts.get(CalendarItemKind.RESIDENCY_EXAM.titleKey())),
							texts.get(sitting.passed() ? "mycal.exam.passed" : "mycal.exam.failed"),
							"/students/" + student.studentNo() + "/rotations"));
		}
		Map<Long, List<CertificateView>> certificates = this.achievements.certificatesOf(byId.keySet());
		for (StudentCard student : cards) {
			boolean licensed = certificates.getOrDefault(student.id(), List.of())
				.stream()
				.anyMatch((
						certificate) -> AchievementKind.valueOf(certificate.type()) == AchievementKind.MEDICAL_LICENSE);
			if (licensed) {
				continue;
			}
			this.programRules.licenseDeadline(student.programCode(), student.cohortYear())
				.filter((due) -> !due.isBefore(from) && !due.isAfter(to))
				.ifPresent((due) -> add(items,
						new CalendarItem("license-" + student.studentNo(), CalendarItemKind.LICENSE_DEADLINE, due, due,
								named(named, student, texts, texts.get(CalendarItemKind.LICENSE_DEADLINE.titleKey())),
								null, "/students/" + student.studentNo() + "/achievements")));
		}
	}

	private void panels(String staffNo, Set<Long> ownStudents, LocalDate from, LocalDate to, Texts texts,
			Map<String, CalendarItem> items) {
		List<DatedSession> sessions = this.theses.sessionsOnPanelOf(staffNo, from, to)
			.stream()
			.filter((session) -> !ownStudents.contains(session.studentId()))
			.toList();
		if (sessions.isEmpty()) {
			return;
		}
		Map<Long, StudentCard> cards = this.students
			.cardsByIds(sessions.stream().map(DatedSession::studentId).distinct().toList());
		for (DatedSession session : sessions) {
			StudentCard student = cards.get(session.studentId());
			add(items,
					new CalendarItem("panel-" + session.id(), CalendarItemKind.PANEL, session.scheduledOn(),
							session.scheduledOn(), texts.get(CalendarItemKind.PANEL.titleKey(),
									sessionTitle(session, texts), (student != null) ? student.name() : ""),
							session.place(), null));
		}
	}

	private void hospitalDates(String hospitalCode, LocalDate from, LocalDate to, Texts texts,
			Map<String, CalendarItem> items) {
		Map<LocalDate, int[]> byDay = new TreeMap<>();
		for (ScheduledRotation rotation : this.rotations.atHospital(hospitalCode, null, from, to)) {
			if (!rotation.startDate().isBefore(from)) {
				byDay.computeIfAbsent(rotation.startDate(), (d) -> new int[3])[0]++;
			}
			if (!rotation.endDate().isAfter(to)) {
				int[] counts = byDay.computeIfAbsent(rotation.endDate(), (d) -> new int[3]);
				counts[1]++;
				if (!rotation.passed() && !rotation.retakeFailed()) {
					counts[2]++;
				}
			}
		}
		byDay.forEach((day, counts) -> {
			if (counts[0] > 0) {
				add(items, new CalendarItem("hospital-starts-" + hospitalCode + "-" + day,
						CalendarItemKind.ROTATIONS_STARTING, day, day,
						texts.get(CalendarItemKind.ROTATIONS_STARTING.titleKey(), counts[0]), null, "/rotations"));
			}
			if (counts[1] > 0) {
				add(items,
						new CalendarItem("hospital-ends-" + hospitalCode + "-" + day, CalendarItemKind.ROTATIONS_ENDING,
								day, day, texts.get(CalendarItemKind.ROTATIONS_ENDING.titleKey(), counts[1]), null,
								"/rotations"));
			}
			if (counts[2] > 0) {
				add(items,
						new CalendarItem("hospital-exams-" + hospitalCode + "-" + day, CalendarItemKind.EXIT_EXAMS_DUE,
								day, day, texts.get(CalendarItemKind.EXIT_EXAMS_DUE.titleKey(), counts[2]), null,
								"/rotations"));
			}
		});
	}

	private void departmentDates(String hospitalCode, String departmentCode, LocalDate from, LocalDate to, Texts texts,
			Map<String, CalendarItem> items) {
		List<ScheduledRotation> rotations = this.rotations.atHospital(hospitalCode, departmentCode, from, to);
		Map<Long, StudentCard> cards = this.students
			.cardsByIds(rotations.stream().map(ScheduledRotation::studentId).distinct().toList());
		for (ScheduledRotation rotation : rotations) {
			StudentCard student = cards.get(rotation.studentId());
			String name = (student != null) ? student.name() : "";
			if (!rotation.startDate().isBefore(from)) {
				add(items,
						new CalendarItem("rotation-start-" + rotation.id(), CalendarItemKind.ROTATION_START,
								rotation.startDate(), rotation.startDate(),
								texts.get(CalendarItemKind.ROTATION_START.titleKey(), name, rotation.departmentName()),
								null, "/rotations/department"));
			}
			if (!rotation.endDate().isAfter(to)) {
				add(items,
						new CalendarItem("exit-exam-" + rotation.id(), CalendarItemKind.EXIT_EXAM, rotation.endDate(),
								rotation.endDate(),
								texts.get("mycal.forStudent", name,
										texts.get(CalendarItemKind.EXIT_EXAM.titleKey(), rotation.departmentName())),
								texts.get(examState(rotation)), "/rotations/" + rotation.id() + "/assess"));
			}
		}
	}

	private void schoolDays(CurrentUser user, LocalDate from, LocalDate to, Map<String, CalendarItem> items) {
		String link = user.hasAny(Role.GRAD_SCHOOL, Role.ADMIN, Role.HOSPITAL_OFFICE, Role.DEPT_COORDINATOR)
				? "/organization/calendar?year=" : null;
		for (int year = from.getYear(); year <= to.getYear(); year++) {
			for (SchoolCalendar.CalendarDay day : this.schoolCalendar.year(year)) {
				if (day.day().isBefore(from) || day.day().isAfter(to)) {
					continue;
				}
				CalendarItemKind kind = (day.kind() == CalendarDayKind.HOLIDAY) ? CalendarItemKind.HOLIDAY
						: CalendarItemKind.WORKDAY;
				add(items, new CalendarItem("school-day-" + day.day(), kind, day.day(), day.day(), day.name(), null,
						(link != null) ? link + year : null));
			}
		}
	}

	private static String examState(ScheduledRotation rotation) {
		if (rotation.passed()) {
			return "mycal.exam.passed";
		}
		if (rotation.retakeFailed()) {
			return "mycal.exam.failed";
		}
		if (rotation.examResult() == ExamResult.FAIL) {
			return "mycal.exam.retakeDue";
		}
		return rotation.endDate().isAfter(SchoolTime.today()) ? "mycal.exam.upcoming" : "mycal.exam.due";
	}

	private static String sessionTitle(DatedSession session, Texts texts) {
		String type = texts.capitalized(session.type().messageKey());
		return (session.attempt() > 1) ? texts.get("mycal.attempt", type, session.attempt()) : type;
	}

	private static String named(boolean named, StudentCard student, Texts texts, String title) {
		return named ? texts.get("mycal.forStudent", student.name(), title) : title;
	}

	private Map<String, String> hospitalNames(boolean english) {
		Map<String, String> names = new HashMap<>();
		for (HospitalRef hospital : this.organization.hospitals()) {
			names.put(hospital.code(), hospital.displayName(english));
		}
		return names;
	}

	private static void add(Map<String, CalendarItem> items, CalendarItem item) {
		items.putIfAbsent(item.uid(), item);
	}

	/**
	 * Words in the reader's language.
	 */
	record Texts(MessageSource messages, Locale locale) {

		String get(String key, Object... args) {
			return this.messages.getMessage(key, args, key, this.locale);
		}

		/**
		 * @return the words with a capital first letter (English names of milestone types
		 * are lower case, for use inside sentences)
		 */
		String capitalized(String key) {
			String words = get(key);
			return words.isEmpty() ? words : Character.toUpperCase(words.charAt(0)) + words.substring(1);
		}

		boolean english() {
			return "en".equals(this.locale.getLanguage());
		}

	}

}
