package com.clinigrad.demo;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.clinigrad.accounts.AccountAdministration;
import com.clinigrad.accounts.AccountCommand;
import com.clinigrad.accounts.Role;
import com.clinigrad.demo.SyntheticUniversity.University;
import com.clinigrad.eligibility.DiversionCaseScan;
import com.clinigrad.notifications.ReminderRun;
import com.clinigrad.organization.Organization;
import com.clinigrad.shared.SchoolTime;
import com.clinigrad.students.StudentStatus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Loads the demo university (3 hospitals, ~40 departments, 60 supervisors, 300 students)
 * and one login per role into an empty database, before the web server takes requests.
 * Runs when {@code clinigrad.demo.enabled=true} (the {@code dev} profile);
 * {@code clinigrad.demo.size=benchmark} loads the 10,000-student university with its
 * academic records instead.
 */
@Component
@ConditionalOnProperty(name = "clinigrad.demo.enabled", havingValue = "true")
class DemoUniversityLoader implements SmartInitializingSingleton {

	static final long SEED = 20261124L;

	/**
	 * Who the offerings, enrollments and rotations the demo writes itself show as made by
	 * (the imports show {@code system}).
	 */
	static final String RECORDED_BY = "demo";

	private static final Logger log = LoggerFactory.getLogger(DemoUniversityLoader.class);

	private final UniversityWriter writer;

	private final Organization organization;

	private final AccountAdministration accounts;

	private final SyntheticUniversity.Size size;

	private final DemoCourses courses;

	private final DemoRotations rotations;

	private final DiversionCaseScan cases;

	private final DemoTheses thesisData;

	private final DemoDegreeMeeting degreeMeeting;

	private final ObjectProvider<ReminderRun> reminders;

	private final DemoQualifications qualifications;

	private final DemoCalendar calendar;

	private final DemoAwards awards;

	private final DemoSupervision supervision;

	private final DemoCompetency competency;

	private final DemoSelection selection;

	private final DemoAdmissions admissions;

	private final DemoExams exams;

	DemoUniversityLoader(UniversityWriter writer, Organization organization, AccountAdministration accounts,
			DemoCourses courses, DemoRotations rotations, DiversionCaseScan cases, DemoTheses thesisData,
			DemoDegreeMeeting degreeMeeting, DemoQualifications qualifications, DemoCalendar calendar,
			DemoAwards awards, ObjectProvider<ReminderRun> reminders, @Value("${clinigrad.demo.size:demo}") String size,
			DemoSupervision supervision, DemoCompetency competency, DemoSelection selection, DemoAdmissions admissions,
			DemoExams exams) {
		this.exams = exams;
		this.supervision = supervision;
		this.selection = selection;
		this.admissions = admissions;
		this.reminders = reminders;
		this.competency = competency;
		this.qualifications = qualifications;
		this.calendar = calendar;
		this.awards = awards;
		this.thesisData = thesisData;
		this.degreeMeeting = degreeMeeting;
		this.cases = cases;
		this.rotations = rotations;
		this.writer = writer;
		this.courses = courses;
		this.organization = organization;
		this.accounts = accounts;
		this.size = "benchmark".equalsIgnoreCase(size) ? SyntheticUniversity.BENCHMARK : SyntheticUniversity.DEMO;
	}

	@Override
	public void afterSingletonsInstantiated() {
		if (!this.organization.hospitals().isEmpty()) {
			return;
		}
		long start = System.nanoTime();
		University university = SyntheticUniversity.generate(SEED, this.size);
		String expert = null;
		this.writer.write(university);
		if (this.size == SyntheticUniversity.DEMO) {
			Map<String, List<Map<String, String>>> records = DemoRotations
				.withoutFailedCertificates(SyntheticRecords.generate(SEED, university), university);
			this.writer.writeRecords(records);
			List<String> teachers = supervisorsByStudents(university);
			this.courses.load(university, records.get("grades"), SyntheticRecords.courseCodes(), teachers.subList(0, 4),
					"2026-1", SEED);
			this.rotations.load(university, records.get("certificates"), SyntheticRecords.AS_OF,
					LocalDate.of(2026, 11, 29));
			expert = this.thesisData.load(SchoolTime.today(), SEED);
			this.cases.scanAll(SchoolTime.today());
			this.degreeMeeting.load(university, records.get("milestones"), SchoolTime.today());
			List<String> bySupervision = supervisorsByStudents(university);
			this.qualifications.load(university, bySupervision.get(0), bySupervision.get(2), SchoolTime.today());
			this.competency.load(university, bySupervision.get(0), SchoolTime.today());
			this.selection.load(university, bySupervision.get(0), bySupervision.get(3), SchoolTime.today());
			this.admissions.load(university, bySupervision, SchoolTime.today());
		}
		else {
			// the 10,000-student university with its academic records (grades, rotations,
			// certificates, milestones, publications, theses, blind reviews), so that its
			// audits, warnings, occupancy and reports show real numbers
			this.writer.writeRecords(SyntheticRecords.generate(SEED, university));
			this.cases.scanAll(SchoolTime.today());
		}
		createLogins(university, expert);
		if (this.size == SyntheticUniversity.DEMO) {
			// the first reminder run, so that the inboxes and /reminders show some
			this.reminders.ifAvailable((run) -> run.run(SchoolTime.today(), null));
		}
		log.info(
				"Demo university loaded in {} ms: {} hospitals, {} departments, {} supervisors, {} students. "
						+ "Logins (password {}): {}",
				(System.nanoTime() - start) / 1_000_000, university.hospitals().size(), university.departments().size(),
				university.supervisors().size(), university.students().size(), DemoLogins.PASSWORD,
				DemoLogins.ALL.stream().map(DemoLogins.Login::username).toList());
	}

	private void createLogins(University university, String expert) {
		List<String> supervisors = supervisorsByStudents(university);
		String supervisor = supervisors.get(0);
		String student = university.students()
			.stream()
			.filter((row) -> supervisor.equals(row.get("supervisor_staff_no"))
					&& StudentStatus.ENROLLED.name().equals(row.get("status")))
			.map((row) -> row.get("student_no"))
			.findFirst()
			.orElseThrow();
		create("admin", "系统管理员", EnumSet.of(Role.ADMIN), null, null, null, null);
		create("grad", "研究生院培养办", EnumSet.of(Role.GRAD_SCHOOL), null, null, null, null);
		create("hospital", "附一院教育处", EnumSet.of(Role.HOSPITAL_OFFICE), "H01", null, null, null);
		create("coordinator", "心血管内科教学秘书", EnumSet.of(Role.DEPT_COORDINATOR), "H01", "CARD", null, null);
		create("supervisor", name(university, supervisor), EnumSet.of(Role.SUPERVISOR), null, null, supervisor, null);
		create("expert", (expert != null) ? name(university, expert) : "评审专家", EnumSet.of(Role.EXPERT), null, null,
				expert, null);
		create("committee", "学位评定委员会秘书", EnumSet.of(Role.DEGREE_COMMITTEE), null, null, null, null);
		create("student", studentName(university, student), EnumSet.of(Role.STUDENT), null, null, null, student);
		String multi = supervisors.get(1);
		create("multi", name(university, multi), EnumSet.of(Role.SUPERVISOR, Role.EXPERT, Role.DEPT_COORDINATOR), "H01",
				"GSUR", multi, null);
		if (this.size == SyntheticUniversity.DEMO) {
			Set<String> own = university.students()
				.stream()
				.filter((row) -> student.equals(row.get("student_no")))
				.flatMap((row) -> java.util.stream.Stream.of(row.get("supervisor_staff_no"),
						row.get("co_supervisor_staff_no")))
				.filter(java.util.Objects::nonNull)
				.collect(java.util.stream.Collectors.toSet());
			List<String> panel = supervisors.stream()
				.skip(1)
				.filter((staffNo) -> !own.contains(staffNo))
				.limit(5)
				.toList();
			this.calendar.load(student, panel, SchoolTime.today());
			this.awards.load(university, student, SchoolTime.today());
			this.supervision.load(university, supervisor, multi, student, SchoolTime.today());
			this.exams.load(student, multi, supervisor, SchoolTime.today(), SEED);
		}
	}

	/**
	 * @return supervisors ordered by how many students in training they supervise, those
	 * who also co-supervise someone first
	 */
	private static List<String> supervisorsByStudents(University university) {
		Map<String, Integer> counts = new HashMap<>();
		Set<String> coSupervising = new java.util.HashSet<>();
		for (Map<String, String> row : university.students()) {
			if (!StudentStatus.ENROLLED.name().equals(row.get("status"))) {
				continue;
			}
			counts.merge(row.get("supervisor_staff_no"), 1, Integer::sum);
			String co = row.get("co_supervisor_staff_no");
			if (co != null && !co.isEmpty()) {
				counts.merge(co, 1, Integer::sum);
				coSupervising.add(co);
			}
		}
		return counts.entrySet()
			.stream()
			.sorted(Comparator.comparing((Map.Entry<String, Integer> e) -> coSupervising.contains(e.getKey()) ? 0 : 1)
				.thenComparing(Map.Entry::getValue, Comparator.reverseOrder())
				.thenComparing(Map.Entry::getKey))
			.map(Map.Entry::getKey)
			.toList();
	}

	private void create(String username, String displayName, Set<Role> roles, String hospital, String department,
			String staffNo, String studentNo) {
		if (this.accounts.exists(username)) {
			return;
		}
		this.accounts.createSystemAccount(username, DemoLogins.PASSWORD,
				new AccountCommand(displayName, true, roles, hospital, department, staffNo, studentNo));
	}

	private static String name(University university, String staffNo) {
		return university.supervisors()
			.stream()
			.filter((row) -> staffNo.equals(row.get("staff_no")))
			.map((row) -> row.get("name"))
			.findFirst()
			.orElse(staffNo);
	}

	private static String studentName(University university, String studentNo) {
		return university.students()
			.stream()
			.filter((row) -> studentNo.equals(row.get("student_no")))
			.map((row) -> row.get("name"))
			.findFirst()
			.orElse(studentNo);
	}

}
