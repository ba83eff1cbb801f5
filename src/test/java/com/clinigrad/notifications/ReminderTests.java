package com.clinigrad.notifications;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

import com.clinigrad.accounts.Role;
import com.clinigrad.imports.ImportService;
import com.clinigrad.organization.CalendarDayKind;
import com.clinigrad.organization.Organization;
import com.clinigrad.organization.SchoolCalendar;
import com.clinigrad.shared.SchoolTime;
import com.clinigrad.shared.reminders.DeadlineKind;
import com.clinigrad.support.EventsInFlight;
import com.clinigrad.support.Fixtures;
import com.clinigrad.support.Mailbox;
import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Reminders before deadlines end to end, with the real SMTP server in the JVM: a license
 * reminder reaches its student in the student's language and nobody else; running twice
 * (or the next day) sends nothing twice; working days skip the school calendar's
 * holidays; only the graduate school sees and changes the rules.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ReminderTests {

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
	ReminderRun reminders;

	@Autowired
	ReminderRules rules;

	@Autowired
	SchoolCalendar calendar;

	@Autowired
	ImportService imports;

	@Test
	void aLicenseReminderReachesItsStudentInTheStudentsLanguageAndNobodyElseAndOnlyOnce() throws Exception {
		Fixtures fixtures = Fixtures.in(this.context);
		String hospital = fixtures.hospital();
		String supervisor = fixtures.supervisor(hospital);
		// PUMC professional masters of cohort 2023: the license is due by 2026-01-31
		String english = fixtures.student(hospital, supervisor);
		String chinese = fixtures.student(hospital, supervisor);
		// an academic doctorate has no license check
		String doctoral = fixtures.doctoralStudent("ZJU-DOCTOR", hospital, supervisor, null);
		String englishMail = settings(fixtures.login(fixtures.account(Set.of(Role.STUDENT), null, null, null, english)),
				"en");
		String chineseMail = settings(fixtures.login(fixtures.account(Set.of(Role.STUDENT), null, null, null, chinese)),
				"zh");
		String doctoralMail = settings(
				fixtures.login(fixtures.account(Set.of(Role.STUDENT), null, null, null, doctoral)), "en");
		String supervisorMail = settings(
				fixtures.login(fixtures.account(Set.of(Role.SUPERVISOR), null, null, supervisor, null)), "en");
		String officeMail = settings(
				fixtures.login(fixtures.account(Set.of(Role.HOSPITAL_OFFICE), hospital, null, null, null)), "zh");
		// the scan for warnings keeps each unmet check's deadline, the license's too
		EventsInFlight.awaitNone(this.jdbc, Duration.ofSeconds(30));
		assertThat(deadline(english, "MEDICAL_LICENSE")).isEqualTo(LocalDate.of(2026, 1, 31));

		// 89 days before, within the shipped 90 days
		ReminderRun.RunSummary first = this.reminders.run(LocalDate.of(2025, 11, 3), null);
		this.outbox.sendDue();
		assertThat(first.count(DeadlineKind.MEDICAL_LICENSE)).isGreaterThanOrEqualTo(2);
		MimeMessage toEnglish = single(englishMail);
		assertThat(toEnglish.getSubject()).isEqualTo("Obtain your medical license by 2026-01-31");
		assertThat((String) toEnglish.getContent()).contains("end of semester 5")
			.contains("/students/" + english + "/achievements");
		MimeMessage toChinese = single(chineseMail);
		assertThat(toChinese.getSubject()).isEqualTo("请于 2026-01-31 前取得医师资格证书");
		assertThat((String) toChinese.getContent()).doesNotContain(english);
		assertThat(received(doctoralMail)).isEmpty();
		assertThat(received(supervisorMail)).isEmpty();
		assertThat(received(officeMail)).isEmpty();

		// the same day again, and the next days: the same deadline is not reminded of
		// again
		assertThat(this.reminders.run(LocalDate.of(2025, 11, 3), null).total()).isZero();
		assertThat(this.reminders.run(LocalDate.of(2025, 11, 4), null).count(DeadlineKind.MEDICAL_LICENSE)).isZero();
		this.outbox.sendDue();
		assertThat(received(englishMail)).hasSize(1);
		assertThat(received(chineseMail)).hasSize(1);
		assertThat(this.jdbc
			.sql("select count(*) from notification n join user_account a on a.id = n.account_id"
					+ " where a.student_no = :no and n.kind = :kind")
			.param("no", english)
			.param("kind", NotificationKind.REMINDER_MEDICAL_LICENSE.name())
			.query(Long.class)
			.single()).isEqualTo(1);
	}

	@Test
	void workingDaysAfterARotationSkipTheHolidaysOfTheSchoolCalendar() throws Exception {
		Fixtures fixtures = Fixtures.in(this.context);
		String hospital = fixtures.hospital();
		String student = fixtures.student(hospital, fixtures.supervisor(hospital));
		this.context.getBean(Organization.class).upsertDepartment(hospital, "D2", "呼吸科", "呼吸系病", 40, null);
		String coordinatorMail = settings(
				fixtures.login(fixtures.account(Set.of(Role.DEPT_COORDINATOR), hospital, "D1", null, null)), "en");
		String otherDepartmentMail = settings(
				fixtures.login(fixtures.account(Set.of(Role.DEPT_COORDINATOR), hospital, "D2", null, null)), "en");
		String studentMail = settings(fixtures.login(fixtures.account(Set.of(Role.STUDENT), null, null, null, student)),
				"en");
		LocalDate friday = LocalDate.of(2033, 3, 4);
		LocalDate holiday = LocalDate.of(2033, 3, 7);
		ReminderRules.Rule shipped = rule(DeadlineKind.ROTATION_EXAM_MISSING);
		asGradSchool(fixtures, () -> {
			assertThat(this.imports
				.importFile("rotations",
						("student_no,department_code,start_date,end_date\n" + student + ",D1,2033-02-01," + friday
								+ "\n")
							.getBytes(StandardCharsets.UTF_8),
						"text/csv")
				.errors()).isEmpty();
			this.calendar.add(holiday, CalendarDayKind.HOLIDAY, "测试假日");
			this.rules.save(DeadlineKind.ROTATION_EXAM_MISSING, 3, true, true, shipped.version());
			return null;
		});
		try {
			// Monday is a holiday: Thursday, not Wednesday, is the third working day
			// after
			assertThat(this.calendar.subtractWorkingDays(LocalDate.of(2033, 3, 10), 3)).isEqualTo(friday);
			assertThat(this.calendar.subtractWorkingDays(LocalDate.of(2033, 3, 9), 3)).isEqualTo(friday.minusDays(1));
			this.reminders.run(LocalDate.of(2033, 3, 9), null);
			this.outbox.sendDue();
			assertThat(received(coordinatorMail)).isEmpty();

			this.reminders.run(LocalDate.of(2033, 3, 10), null);
			this.outbox.sendDue();
			MimeMessage mail = single(coordinatorMail);
			assertThat(mail.getSubject())
				.isEqualTo("Exit exam not recorded: " + student + ", 心内科 (ended " + friday + ")");
			assertThat(received(otherDepartmentMail)).isEmpty();
			assertThat(received(studentMail)).isEmpty();
		}
		finally {
			asGradSchool(fixtures, () -> {
				this.calendar.remove(holiday);
				this.rules.save(DeadlineKind.ROTATION_EXAM_MISSING, shipped.days(), shipped.workingDays(),
						shipped.enabled(), rule(DeadlineKind.ROTATION_EXAM_MISSING).version());
				return null;
			});
		}
	}

	@Test
	void aWaiverWaitingLongerThanTheRuleRemindsWhoDecidesItsStepButNotWhoAskedForIt() throws Exception {
		Fixtures fixtures = Fixtures.in(this.context);
		String hospital = fixtures.hospital();
		String supervisor = fixtures.supervisor(hospital);
		String student = fixtures.student(hospital, supervisor);
		UserDetails studentLogin = fixtures.login(fixtures.account(Set.of(Role.STUDENT), null, null, null, student));
		String studentMail = settings(studentLogin, "en");
		String supervisorMail = settings(
				fixtures.login(fixtures.account(Set.of(Role.SUPERVISOR), null, null, supervisor, null)), "en");
		String officeMail = settings(
				fixtures.login(fixtures.account(Set.of(Role.HOSPITAL_OFFICE), hospital, null, null, null)), "en");
		this.mvc
			.perform(post("/students/" + student + "/waivers").with(user(studentLogin))
				.with(csrf())
				.param("rule", "PUBLICATION")
				.param("kind", "WAIVE")
				.param("reason", "论文已录用待刊"))
			.andExpect(status().is3xxRedirection());
		EventsInFlight.awaitNone(this.jdbc, Duration.ofSeconds(30));
		this.outbox.sendDue();
		// the step waiting at once (the event's notification), not yet a reminder
		assertThat(received(supervisorMail)).hasSize(1);
		LocalDate requested = SchoolTime.today();
		ReminderRules.Rule rule = rule(DeadlineKind.WAIVER_WAITING);
		assertThat(rule.workingDays()).isTrue();

		this.reminders.run(this.calendar.addWorkingDays(requested, rule.days() - 1), null);
		this.outbox.sendDue();
		assertThat(received(supervisorMail)).hasSize(1);

		this.reminders.run(this.calendar.addWorkingDays(requested, rule.days()), null);
		this.outbox.sendDue();
		List<MimeMessage> mails = received(supervisorMail);
		assertThat(mails).hasSize(2);
		assertThat(mails.get(1).getSubject()).isEqualTo("A waiver still awaits your decision: Publication");
		assertThat(received(studentMail)).isEmpty();
		assertThat(received(officeMail)).isEmpty();
	}

	@Test
	void onlyTheGraduateSchoolSeesAndChangesTheRulesAndRunsThem() throws Exception {
		Fixtures fixtures = Fixtures.in(this.context);
		String hospital = fixtures.hospital();
		UserDetails school = fixtures.login(fixtures.account(Role.GRAD_SCHOOL));
		List<UserDetails> others = List.of(fixtures.login(fixtures.account(Role.ADMIN)),
				fixtures.login(fixtures.account(Set.of(Role.HOSPITAL_OFFICE), hospital, null, null, null)),
				fixtures.login(fixtures.account(Role.DEGREE_COMMITTEE)), fixtures
					.login(fixtures.account(Set.of(Role.SUPERVISOR), null, null, fixtures.supervisor(hospital), null)));
		ReminderRules.Rule rule = rule(DeadlineKind.PRACTICE_WAITING);
		for (UserDetails other : others) {
			this.mvc.perform(get("/reminders").with(user(other))).andExpect(status().isForbidden());
			this.mvc
				.perform(post("/reminders/rules/PRACTICE_WAITING").with(user(other))
					.with(csrf())
					.param("days", "2")
					.param("workingDays", "true")
					.param("enabled", "true")
					.param("version", String.valueOf(rule.version())))
				.andExpect(status().isForbidden());
			this.mvc.perform(post("/reminders/run").with(user(other)).with(csrf())).andExpect(status().isForbidden());
		}
		assertThat(rule(DeadlineKind.PRACTICE_WAITING)).isEqualTo(rule);

		this.mvc.perform(post("/reminders/run").with(user(school)).with(csrf())).andExpect(status().is3xxRedirection());
		this.mvc.perform(get("/reminders?lang=en").with(user(school)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Medical license (end of semester 5)")))
			.andExpect(content().string(containsString("Latest runs")))
			.andExpect(content().string(containsString("id=\"rule-PRACTICE_WAITING\"")));
		this.mvc.perform(get("/reminders").with(user(school)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("实践学分申请待审核")));

		// too many days: refused with the reason, back on the page, nothing saved
		this.mvc
			.perform(post("/reminders/rules/PRACTICE_WAITING").with(user(school))
				.with(csrf())
				.header("Referer", "/reminders")
				.param("kind", "PRACTICE_WAITING")
				.param("days", "999")
				.param("workingDays", "true")
				.param("enabled", "true")
				.param("version", String.valueOf(rule.version())))
			.andExpect(status().is3xxRedirection());
		assertThat(rule(DeadlineKind.PRACTICE_WAITING)).isEqualTo(rule);
		try {
			this.mvc
				.perform(post("/reminders/rules/PRACTICE_WAITING").with(user(school))
					.with(csrf())
					.param("days", "12")
					.param("workingDays", "false")
					.param("_enabled", "on")
					.param("version", String.valueOf(rule.version())))
				.andExpect(status().is3xxRedirection());
			ReminderRules.Rule saved = rule(DeadlineKind.PRACTICE_WAITING);
			assertThat(saved.days()).isEqualTo(12);
			assertThat(saved.workingDays()).isFalse();
			assertThat(saved.enabled()).isFalse();
			assertThat(saved.updatedBy()).isNotBlank();
			// a page shown before that change: refused
			this.mvc
				.perform(post("/reminders/rules/PRACTICE_WAITING").with(user(school))
					.with(csrf())
					.param("days", "3")
					.param("workingDays", "true")
					.param("enabled", "true")
					.param("version", String.valueOf(rule.version())))
				.andExpect(status().isConflict());
		}
		finally {
			asGradSchool(fixtures, () -> {
				this.rules.save(DeadlineKind.PRACTICE_WAITING, rule.days(), rule.workingDays(), rule.enabled(),
						rule(DeadlineKind.PRACTICE_WAITING).version());
				return null;
			});
		}
	}

	private ReminderRules.Rule rule(DeadlineKind kind) {
		return this.rules.all().stream().filter((rule) -> rule.kind() == kind).findFirst().orElseThrow();
	}

	private <T> T asGradSchool(Fixtures fixtures, Supplier<T> action) {
		UserDetails staff = fixtures.login(fixtures.account(Role.GRAD_SCHOOL));
		SecurityContextHolder.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(staff, null, staff.getAuthorities()));
		try {
			return action.get();
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

	private LocalDate deadline(String studentNo, String rule) {
		return this.jdbc
			.sql("select d.due_on from check_deadline d join student s on s.id = d.student_id"
					+ " where s.student_no = :no and d.rule_code = :rule")
			.param("no", studentNo)
			.param("rule", rule)
			.query(LocalDate.class)
			.single();
	}

	private String settings(UserDetails who, String language) throws Exception {
		return Mailbox.register(this.mvc, who, language);
	}

	private List<MimeMessage> received(String recipient) throws Exception {
		return Mailbox.received(this.greenMail, recipient);
	}

	private MimeMessage single(String recipient) throws Exception {
		return Mailbox.single(this.greenMail, recipient);
	}

}
