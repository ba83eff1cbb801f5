package com.clinigrad.notifications;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import com.clinigrad.accounts.Role;
import com.clinigrad.courses.GradeSheetSubmitted;
import com.clinigrad.courses.GradesImported;
import com.clinigrad.eligibility.CaseTrigger;
import com.clinigrad.eligibility.DiversionCasesOpened;
import com.clinigrad.eligibility.ScanFinding;
import com.clinigrad.eligibility.WarningsRaised;
import com.clinigrad.rotations.RotationPlanChanged;
import com.clinigrad.support.EventsInFlight;
import com.clinigrad.support.Fixtures;
import com.clinigrad.support.Mailbox;
import com.clinigrad.theses.MilestoneScheduled;
import com.clinigrad.theses.MilestoneType;
import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * What happens to students' records reaches the people around the student and nobody
 * else: warnings, diversion cases, grades, rotation timetables and milestones; staff told
 * of many students at once hear once; the daily digest lists a person's items in one
 * mail, in their language, once; people who did not choose hear as is usual for their
 * role.
 */
@SpringBootTest
@AutoConfigureMockMvc
class StudentRecordNotificationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	GreenMail greenMail;

	@Autowired
	MailOutbox outbox;

	@Autowired
	DailyDigest digest;

	@Autowired
	PlatformTransactionManager transactionManager;

	/** The notifications written before a test's own events. */
	long since;

	@Test
	void eachEventReachesTheStudentTheSupervisorsAndTheOfficeOfTheStudentOnly() throws Exception {
		World w = world();
		long student = Fixtures.in(this.context).studentId(w.studentNo);
		long caseId = 1_000_000 + student;

		publish(new WarningsRaised(List.of(new ScanFinding(caseId, student, w.studentNo, CaseTrigger.LICENSE_SOON))));
		publish(new DiversionCasesOpened(
				List.of(new ScanFinding(caseId + 1, student, w.studentNo, CaseTrigger.NO_LICENSE))));
		publish(new GradeSheetSubmitted(7, "C101", "医学统计学", "Medical statistics", "2024-2025-1", Set.of(student),
				"someone"));
		publish(new GradesImported(Set.of(student), "someone"));
		publish(new RotationPlanChanged(Set.of(student), "someone"));
		publish(new MilestoneScheduled(9, student, MilestoneType.PROPOSAL, LocalDate.of(2027, 4, 2), "第三会议室",
				"someone"));
		EventsInFlight.awaitNone(this.jdbc, Duration.ofSeconds(20));

		// the student and the co-supervisor hear of everything about them; the office
		// of grades, timetables, milestones, warnings and cases; nobody else of anything
		for (long account : List.of(w.student, w.supervisor, w.coSupervisor, w.office)) {
			assertThat(kinds(account)).as("account " + account)
				.contains(NotificationKind.WARNING_RAISED.name(), NotificationKind.CASE_OPENED.name(),
						NotificationKind.ROTATION_PLAN_CHANGED.name(), NotificationKind.MILESTONE_SCHEDULED.name());
		}
		assertThat(kinds(w.student)).hasSize(6);
		assertThat(kinds(w.office)).hasSize(6);
		// grades: the student and the office, not the supervisors (a failed course
		// reaches
		// them as a warning)
		assertThat(kinds(w.supervisor)).hasSize(4).doesNotContain(NotificationKind.GRADES_RECORDED.name());
		for (long stranger : List.of(w.otherStudent, w.otherSupervisor, w.otherOffice, w.gradSchool)) {
			assertThat(kinds(stranger)).as("account " + stranger).isEmpty();
		}

		// the words name the student and the thing, with a link to it, in the reader's
		// language
		this.mvc.perform(get("/inbox?lang=en").with(user(w.officeLogin)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Academic warning for 博士生" + w.studentNo)))
			.andExpect(content().string(containsString("Semester 4 or later, no medical license recorded")))
			.andExpect(content().string(containsString("Grades recorded: Medical statistics (2024-2025-1)")))
			.andExpect(content().string(containsString("Scheduled on 2027-04-02: thesis proposal of 博士生")));
		this.mvc.perform(get("/inbox?lang=zh_CN").with(user(w.officeLogin)))
			.andExpect(content().string(containsString("成绩已录入：医学统计学（2024-2025-1）")));
		assertThat(links(w.student)).contains("/audit/cases/" + caseId, "/students/" + w.studentNo + "/courses",
				"/students/" + w.studentNo + "/rotations", "/milestones/9");
	}

	@Test
	void whoCausedAChangeIsNotToldOfIt() {
		World w = world();
		long student = Fixtures.in(this.context).studentId(w.studentNo);
		publish(new RotationPlanChanged(Set.of(student), w.officeUsername));
		EventsInFlight.awaitNone(this.jdbc, Duration.ofSeconds(20));
		assertThat(kinds(w.office)).isEmpty();
		assertThat(kinds(w.student)).containsExactly(NotificationKind.ROTATION_PLAN_CHANGED.name());
	}

	@Test
	void anImportOfManyStudentsTellsEachStudentOnceAndTheOfficeOnceWithHowMany() throws Exception {
		Fixtures fixtures = Fixtures.in(this.context);
		World w = world();
		List<Long> students = new ArrayList<>();
		students.add(fixtures.studentId(w.studentNo));
		for (int i = 0; i < 30; i++) {
			students.add(fixtures.studentId(fixtures.student(w.hospital, w.supervisorNo)));
		}
		EventsInFlight.awaitNone(this.jdbc, Duration.ofSeconds(20));
		this.since = this.jdbc.sql("select coalesce(max(id), 0) from notification").query(Long.class).single();
		publish(new GradesImported(Set.copyOf(students), "someone"));
		EventsInFlight.awaitNone(this.jdbc, Duration.ofSeconds(20));

		assertThat(kinds(w.student)).containsExactly(NotificationKind.GRADES_RECORDED.name());
		assertThat(kinds(w.office)).containsExactly(NotificationKind.GRADES_RECORDED.name());
		assertThat(kinds(w.supervisor)).isEmpty();
		this.mvc.perform(get("/inbox?lang=en").with(user(w.officeLogin)))
			.andExpect(content().string(containsString("Imported grades for 31 students")));
		this.mvc.perform(get("/inbox?lang=zh_CN").with(user(w.officeLogin)))
			.andExpect(content().string(containsString("已导入31名学生的成绩")));
	}

	@Test
	void theDailyDigestSendsOneMailWithTheItemsOnceInTheReadersLanguage() throws Exception {
		World w = world();
		long student = Fixtures.in(this.context).studentId(w.studentNo);
		String officeMail = settings(w.officeLogin, "en");
		String otherOfficeMail = settings(w.otherOfficeLogin, "zh");
		long other = Fixtures.in(this.context)
			.studentId(Fixtures.in(this.context).student(w.otherHospital, w.otherSupervisorNo));
		// what registering the students raised goes out first
		EventsInFlight.awaitNone(this.jdbc, Duration.ofSeconds(20));
		this.digest.send();
		this.outbox.sendDue();
		int officeBefore = received(officeMail).size();
		int otherOfficeBefore = received(otherOfficeMail).size();

		publish(new RotationPlanChanged(Set.of(student), "someone"));
		publish(new GradesImported(Set.of(student), "someone"));
		publish(new RotationPlanChanged(Set.of(other), "someone"));
		EventsInFlight.awaitNone(this.jdbc, Duration.ofSeconds(20));
		this.outbox.sendDue();
		// the office hears of grades and timetables by digest: nothing sent yet
		assertThat(received(officeMail)).hasSize(officeBefore);

		assertThat(this.digest.send()).isGreaterThanOrEqualTo(2);
		assertThat(this.jdbc
			.sql("select count(*) from notification where account_id = :a and id > :since"
					+ " and digest and digested_at is not null")
			.param("a", w.office)
			.param("since", this.since)
			.query(Long.class)
			.single()).isEqualTo(2);
		assertThat(this.digest.send()).as("run twice: nothing left to list").isZero();
		this.outbox.sendDue();
		List<MimeMessage> mails = received(officeMail).subList(officeBefore, received(officeMail).size());
		assertThat(mails).hasSize(1);
		assertThat(mails.get(0).getSubject()).isEqualTo("Your Clinigrad daily digest (2 items)");
		String body = (String) mails.get(0).getContent();
		assertThat(body).contains("Rotation timetable changed: 博士生" + w.studentNo)
			.contains("New grades on record for 博士生" + w.studentNo)
			.contains("/students/" + w.studentNo + "/rotations");
		List<MimeMessage> chinese = received(otherOfficeMail).subList(otherOfficeBefore,
				received(otherOfficeMail).size());
		assertThat(chinese).hasSize(1);
		assertThat(chinese.get(0).getSubject()).isEqualTo("Clinigrad每日通知摘要（1条）");
		assertThat((String) chinese.get(0).getContent()).contains("轮转安排变更");
		// the inbox has them all the same
		assertThat(kinds(w.office)).hasSize(2);
	}

	@Test
	void peopleWhoDidNotChooseHearAsIsUsualForTheirRoleAndAChoiceOverridesIt() throws Exception {
		World w = world();
		long student = Fixtures.in(this.context).studentId(w.studentNo);
		String studentMail = settings(w.studentLogin, "zh");
		String supervisorMail = settings(w.supervisorLogin, "en");
		String coSupervisorMail = settings(w.coSupervisorLogin, "en");
		this.outbox.sendDue();
		int studentBefore = received(studentMail).size();
		// the co-supervisor chooses e-mail for warnings
		this.mvc
			.perform(post("/inbox/settings").with(user(w.coSupervisorLogin))
				.with(csrf())
				.param("email", coSupervisorMail)
				.param("language", "en")
				.param("channel_WARNING_RAISED", NotificationKind.Channel.EMAIL.name()))
			.andExpect(status().is3xxRedirection());

		publish(new WarningsRaised(
				List.of(new ScanFinding(2_000_000 + student, student, w.studentNo, CaseTrigger.ONE_FAILED_COURSE))));
		EventsInFlight.awaitNone(this.jdbc, Duration.ofSeconds(20));
		this.outbox.sendDue();

		// students hear of warnings by e-mail, supervisors in the inbox only
		assertThat(received(studentMail)).hasSize(studentBefore + 1);
		assertThat(received(studentMail).get(studentBefore).getSubject())
			.isEqualTo("学业预警：博士生" + w.studentNo + "（" + w.studentNo + "）— " + words("case.trigger.ONE_FAILED_COURSE"));
		assertThat(received(supervisorMail)).isEmpty();
		assertThat(received(coSupervisorMail)).hasSize(1);
		assertThat(kinds(w.supervisor)).containsExactly(NotificationKind.WARNING_RAISED.name());

		// the settings page shows the role's default and that no choice was made
		String page = this.mvc.perform(get("/inbox/settings?lang=en").with(user(w.studentLogin)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Default for your role")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		String warningDefault = page.substring(page.indexOf("id=\"channel_WARNING_RAISED_ROLE_DEFAULT\""));
		assertThat(warningDefault.substring(0, warningDefault.indexOf("</td>"))).contains("checked=\"checked\"")
			.contains("Inbox and e-mail");
		// going back to the role's default forgets the choice
		this.mvc
			.perform(post("/inbox/settings").with(user(w.coSupervisorLogin))
				.with(csrf())
				.param("email", coSupervisorMail)
				.param("language", "en")
				.param("channel_WARNING_RAISED", "ROLE_DEFAULT"))
			.andExpect(status().is3xxRedirection());
		assertThat(this.jdbc.sql("select count(*) from notification_preference where account_id = :a")
			.param("a", w.coSupervisor)
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	void theScanOfANewStudentsRecordTellsOfTheWarningsAndCasesItFinds() {
		Fixtures f = Fixtures.in(this.context);
		String hospital = f.hospital();
		String supervisorNo = f.supervisor(hospital);
		long supervisor = id(f.account(Set.of(Role.SUPERVISOR), null, null, supervisorNo, null));
		long office = id(f.account(Set.of(Role.HOSPITAL_OFFICE), hospital, null, null, null));
		long otherOffice = id(f.account(Set.of(Role.HOSPITAL_OFFICE), f.hospital(), null, null, null));
		this.since = this.jdbc.sql("select coalesce(max(id), 0) from notification").query(Long.class).single();
		// a doctoral student of cohort 2022 without a license: the scan finds at once
		String studentNo = f.doctoralStudent("TMU-PRO-DOCTOR", hospital, supervisorNo, null);
		EventsInFlight.awaitNone(this.jdbc, Duration.ofSeconds(20));

		List<Long> found = this.jdbc.sql("select c.id from diversion_case c where c.student_id = :s order by c.id")
			.param("s", f.studentId(studentNo))
			.query(Long.class)
			.list();
		assertThat(found).isNotEmpty();
		List<String> expected = found.stream().map((id) -> "/audit/cases/" + id).toList();
		assertThat(links(supervisor)).containsExactlyInAnyOrderElementsOf(expected);
		assertThat(links(office)).containsExactlyInAnyOrderElementsOf(expected);
		assertThat(kinds(supervisor)).allMatch((k) -> k.equals(NotificationKind.WARNING_RAISED.name())
				|| k.equals(NotificationKind.CASE_OPENED.name()));
		assertThat(kinds(otherOffice)).isEmpty();
	}

	@Test
	void roleDefaultsTakeTheMostDirectChannelOfAPersonsRoles() {
		assertThat(RoleDefaults.of(NotificationKind.GRADES_RECORDED, Set.of(Role.SUPERVISOR)))
			.isEqualTo(NotificationKind.Channel.INBOX);
		assertThat(RoleDefaults.of(NotificationKind.GRADES_RECORDED, Set.of(Role.SUPERVISOR, Role.HOSPITAL_OFFICE)))
			.isEqualTo(NotificationKind.Channel.DAILY_DIGEST);
		assertThat(RoleDefaults.of(NotificationKind.MILESTONE_SCHEDULED, Set.of(Role.HOSPITAL_OFFICE, Role.STUDENT)))
			.isEqualTo(NotificationKind.Channel.EMAIL);
		assertThat(RoleDefaults.of(NotificationKind.REVIEW_ASSIGNED, Set.of(Role.EXPERT)))
			.isEqualTo(NotificationKind.Channel.EMAIL);
		assertThat(RoleDefaults.of(NotificationKind.WAIVER_STEP_WAITING, Set.of()))
			.isEqualTo(NotificationKind.WAIVER_STEP_WAITING.defaultChannel());
	}

	private String words(String key) {
		return this.context.getBean(org.springframework.context.MessageSource.class)
			.getMessage(key, null, java.util.Locale.SIMPLIFIED_CHINESE);
	}

	/**
	 * A student with a supervisor and co-supervisor at one hospital, and the same people
	 * around another student at another hospital.
	 */
	private World world() {
		Fixtures f = Fixtures.in(this.context);
		World w = new World();
		w.hospital = f.hospital();
		w.otherHospital = f.hospital();
		w.supervisorNo = f.supervisor(w.hospital);
		String coSupervisorNo = f.supervisor(w.hospital);
		w.otherSupervisorNo = f.supervisor(w.otherHospital);
		w.studentNo = f.doctoralStudent("TMU-PRO-DOCTOR", w.hospital, w.supervisorNo, coSupervisorNo);
		String otherStudentNo = f.student(w.otherHospital, w.otherSupervisorNo);
		String studentUser = f.account(Set.of(Role.STUDENT), null, null, null, w.studentNo);
		String supervisorUser = f.account(Set.of(Role.SUPERVISOR), null, null, w.supervisorNo, null);
		String coSupervisorUser = f.account(Set.of(Role.SUPERVISOR), null, null, coSupervisorNo, null);
		w.officeUsername = f.account(Set.of(Role.HOSPITAL_OFFICE), w.hospital, null, null, null);
		String otherOfficeUser = f.account(Set.of(Role.HOSPITAL_OFFICE), w.otherHospital, null, null, null);
		w.student = id(studentUser);
		w.supervisor = id(supervisorUser);
		w.coSupervisor = id(coSupervisorUser);
		w.office = id(w.officeUsername);
		w.otherStudent = id(f.account(Set.of(Role.STUDENT), null, null, null, otherStudentNo));
		w.otherSupervisor = id(f.account(Set.of(Role.SUPERVISOR), null, null, w.otherSupervisorNo, null));
		w.otherOffice = id(otherOfficeUser);
		w.gradSchool = id(f.account(Role.GRAD_SCHOOL));
		w.studentLogin = f.login(studentUser);
		w.supervisorLogin = f.login(supervisorUser);
		w.coSupervisorLogin = f.login(coSupervisorUser);
		w.officeLogin = f.login(w.officeUsername);
		w.otherOfficeLogin = f.login(otherOfficeUser);
		// registering the students re-checks them (warnings, cases): what that tells is
		// not what these tests publish
		EventsInFlight.awaitNone(this.jdbc, Duration.ofSeconds(20));
		this.since = this.jdbc.sql("select coalesce(max(id), 0) from notification").query(Long.class).single();
		return w;
	}

	private static final class World {

		String hospital;

		String otherHospital;

		String supervisorNo;

		String otherSupervisorNo;

		String studentNo;

		String officeUsername;

		long student;

		long supervisor;

		long coSupervisor;

		long office;

		long otherStudent;

		long otherSupervisor;

		long otherOffice;

		long gradSchool;

		UserDetails studentLogin;

		UserDetails supervisorLogin;

		UserDetails coSupervisorLogin;

		UserDetails officeLogin;

		UserDetails otherOfficeLogin;

	}

	private long id(String username) {
		return this.jdbc.sql("select id from user_account where username = :u")
			.param("u", username)
			.query(Long.class)
			.single();
	}

	private List<String> kinds(long account) {
		return this.jdbc.sql("select kind from notification where account_id = :a and id > :since order by id")
			.param("a", account)
			.param("since", this.since)
			.query(String.class)
			.list();
	}

	private List<String> links(long account) {
		return this.jdbc.sql("select link from notification where account_id = :a and id > :since order by id")
			.param("a", account)
			.param("since", this.since)
			.query(String.class)
			.list();
	}

	private void publish(Object event) {
		new TransactionTemplate(this.transactionManager)
			.executeWithoutResult((status) -> this.context.publishEvent(event));
	}

	private String settings(UserDetails who, String language) throws Exception {
		return Mailbox.register(this.mvc, who, language);
	}

	private List<MimeMessage> received(String recipient) throws Exception {
		return Mailbox.received(this.greenMail, recipient);
	}

}
