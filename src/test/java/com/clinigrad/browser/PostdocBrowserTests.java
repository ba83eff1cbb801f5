package com.clinigrad.browser;

import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;

import com.clinigrad.accounts.Role;
import com.clinigrad.competency.Entrustments;
import com.clinigrad.competency.EntrustmentView;
import com.clinigrad.competency.EvidenceKind;
import com.clinigrad.competency.MultisourceEvaluations;
import com.clinigrad.competency.OsceExams;
import com.clinigrad.competency.OsceStatus;
import com.clinigrad.competency.RaterKind;
import com.clinigrad.competency.SheetCommand;
import com.clinigrad.competency.StationCommand;
import com.clinigrad.competency.TrainingPlans;
import com.clinigrad.shared.SchoolTime;
import com.clinigrad.students.AdmissionType;
import com.clinigrad.students.DegreeType;
import com.clinigrad.students.SourceSchool;
import com.clinigrad.students.StudentCommand;
import com.clinigrad.students.StudentRegistry;
import com.clinigrad.students.StudentStatus;
import com.clinigrad.supervisors.SupervisorDirectory;
import com.clinigrad.support.Browser;
import com.clinigrad.support.Fixtures;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A clinical postdoc's run in a real browser, in Chinese and in English: with the plan, a
 * closed OSCE, a closed 360° round and a privilege granted on them, the mentor writes and
 * signs the annual feedback and the trainee signs it; the office schedules the completion
 * defense with its panel and records the result; the graduate school records the exit and
 * the profile page shows the certificate number. No page shows a code.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class PostdocBrowserTests {

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aPostdocRunInChinese() {
		run("zh_CN", "双方已签署", "通过", "出站证书编号");
	}

	@Test
	void aPostdocRunInEnglish() {
		run("en", "Signed by both", "Passed", "Exit certificate number");
	}

	private void run(String lang, String signedWord, String passedWord, String certificateWord) {
		Fixtures fixtures = Fixtures.in(this.context);
		String hospital = fixtures.hospital();
		String supervisor = fixtures.supervisor(hospital);
		String postdoc = fixtures.unique("P");
		this.context.getBean(StudentRegistry.class)
			.upsert(new StudentCommand(postdoc, "周博士后", DegreeType.POSTDOC, "PUMCH-POSTDOC", 2024, "105101",
					AdmissionType.EXAM, SourceSchool.OWN, hospital, supervisor, null), StudentStatus.ENROLLED);
		long studentId = fixtures.studentId(postdoc);
		List<String> mentors = List.of(fixtures.supervisor(hospital), fixtures.supervisor(hospital),
				fixtures.supervisor(hospital));
		TrainingPlans plans = this.context.getBean(TrainingPlans.class);
		plans.createForLoader(studentId, "PUMCH-POSTDOC", LocalDate.of(2024, 9, 1), "t");
		List<Long> ids = List.copyOf(this.context.getBean(SupervisorDirectory.class).idsByStaffNos(mentors).values());
		plans.nameMentorsForLoader(studentId, ids, ids.get(0), "导师组", "组建导师组", "t");
		String mentor = fixtures.account(Set.of(Role.SUPERVISOR), null, null, mentors.get(1), null);
		String trainee = fixtures.account(Set.of(Role.STUDENT), null, null, null, postdoc);
		String office = fixtures.account(Set.of(Role.HOSPITAL_OFFICE), hospital, null, null, null);
		String school = fixtures.account(Role.GRAD_SCHOOL);
		osceAndRound(hospital, postdoc, mentors);
		EntrustmentView.Basis basis = new EntrustmentView.Basis("b", EvidenceKind.OSCE_SHEET,
				SchoolTime.today().minusDays(3), "PATIENT_CARE", "病人照护", "Patient care",
				java.math.BigDecimal.valueOf(90), java.math.BigDecimal.valueOf(4.5));
		this.context.getBean(Entrustments.class)
			.grantForLoader(studentId, "WARD_PATIENTS", 3, SchoolTime.today().minusDays(1), "OSCE 病人照护站表现优秀",
					List.of(basis), "导师组");
		String suffix = lang.startsWith("en") ? "en" : "zh";

		try (Browser browser = Browser.open(this.port)) {
			browser.driver().manage().window().setSize(new Dimension(1366, 900));
			// the mentor writes and signs the first year's feedback
			browser.logIn(mentor, Fixtures.PASSWORD).go("/students/" + postdoc + "/feedback?lang=" + lang);
			browser.find("#strengths-1").sendKeys("病史采集扎实，夜班收治思路清晰");
			browser.find("#goals-1").sendKeys("第二年完成临床研究设计课程");
			browser.find("#actions-1").sendKeys("每月一次 Mini-CEX");
			click(browser, "#save-1");
			assertThat(browser.find(".alert-success").getText()).isNotBlank();
			js(browser, "arguments[0].click();", browser.find("#sign-mentor-confirm-1"));
			click(browser, "#sign-mentor-1 button");
			assertWordsOnly(browser.text());
			shot(browser, "pd-1-feedback-mentor-" + suffix);
			browser.logOut();

			// the trainee signs second
			browser.logIn(trainee, Fixtures.PASSWORD).go("/students/" + postdoc + "/feedback?lang=" + lang);
			js(browser, "arguments[0].click();", browser.find("#sign-trainee-confirm-1"));
			click(browser, "#sign-trainee-1 button");
			assertThat(browser.find("#year-1").getText()).contains(signedWord);
			assertWordsOnly(browser.text());
			assertThat(browser.securityPolicyViolations()).isEmpty();
			shot(browser, "pd-2-feedback-signed-" + suffix);
			browser.logOut();

			// the office schedules the defense with its panel and records the result
			browser.logIn(office, Fixtures.PASSWORD).go("/students/" + postdoc + "/defense?lang=" + lang);
			js(browser, "arguments[0].value = arguments[1];", browser.find("#defense-date"),
					SchoolTime.today().toString());
			browser.find("#defense-place").sendKeys("教学楼 301 会议室");
			String[] names = { "张明远", "李淑华", "王建国" };
			for (int i = 0; i < names.length; i++) {
				browser.find("#member-name-" + i).sendKeys(names[i]);
				browser.find("#member-title-" + i).sendKeys("主任医师");
			}
			click(browser, "#schedule-defense");
			browser.find("#result-note").sendKeys("答辩委员会一致同意通过");
			js(browser, "arguments[0].click();", browser.find("#result-confirm"));
			click(browser, "#record-result");
			assertThat(browser.find(".cg-defense-status").getText()).isEqualTo(passedWord);
			assertWordsOnly(browser.text());
			shot(browser, "pd-3-defense-passed-" + suffix);
			browser.logOut();

			// the graduate school records the exit
			browser.logIn(school, Fixtures.PASSWORD).go("/students/" + postdoc + "/defense?lang=" + lang);
			js(browser, "arguments[0].click();", browser.find("#exit-confirm"));
			click(browser, "#record-exit");
			String certificate = browser.find("#exit-certificate").getText();
			assertThat(certificate).matches("PUMCH-BSH-\\d{4}-\\d{4}");
			assertThat(browser.text()).contains(certificateWord);
			shot(browser, "pd-4-exit-" + suffix);

			// the profile page on one page
			browser.go("/students/" + postdoc + "/postdoc?lang=" + lang);
			assertThat(browser.find("#pd-certificate").getText()).contains(certificate);
			assertThat(browser.find("#pd-privileges-list").getText()).isNotBlank();
			assertThat(browser.find("#pd-feedback-list").getText()).contains(signedWord);
			assertWordsOnly(browser.text());
			assertThat(browser.securityPolicyViolations()).isEmpty();
			shot(browser, "pd-5-profile-" + suffix);

			// the audit reads the records
			browser.go("/students/" + postdoc + "/audit?lang=" + lang);
			assertWordsOnly(browser.text());
			shot(browser, "pd-6-audit-" + suffix);
		}
		assertThat(this.jdbc.sql("select status from student where id = :s")
			.param("s", studentId)
			.query(String.class)
			.single()).isEqualTo(StudentStatus.COMPLETED_NO_DEGREE.name());
	}

	private void osceAndRound(String hospital, String postdoc, List<String> attendings) {
		OsceExams exams = this.context.getBean(OsceExams.class);
		long exam = exams.createForLoader(hospital, "PUMCH-POSTDOC", "OSCE", SchoolTime.today().minusDays(3), "t");
		exams.addStationForLoader(exam, new StationCommand("PATIENT_CARE", "病史采集", null, null,
				List.of(new StationCommand.ChecklistLine("问诊", 10))));
		long station = this.jdbc.sql("select id from osce_station where exam_id = :e")
			.param("e", exam)
			.query(Long.class)
			.single();
		exams.addCandidatesForLoader(exam, List.of(postdoc));
		long item = this.jdbc.sql("select id from osce_checklist_item where station_id = :s")
			.param("s", station)
			.query(Long.class)
			.single();
		exams.enterForLoader(station, new SheetCommand(postdoc, Map.of(item, 9), 5), "t");
		this.jdbc.sql("update osce_exam set status = :st where id = :e")
			.param("st", OsceStatus.CLOSED.name())
			.param("e", exam)
			.update();
		MultisourceEvaluations msf = this.context.getBean(MultisourceEvaluations.class);
		LocalDate today = SchoolTime.today();
		long round = msf.openForLoader(postdoc, "360", today.minusDays(20), today.plusDays(5), "t");
		msf.inviteRecordsForLoader(round, RaterKind.ATTENDING, attendings);
		Map<Long, Integer> four = new HashMap<>();
		this.jdbc.sql("select id from msf_item where rater_kind = 'ATTENDING'")
			.query(Long.class)
			.list()
			.forEach((id) -> four.put(id, 4));
		for (String attending : attendings) {
			msf.answerForLoader(round, RaterKind.ATTENDING, attending, four);
		}
		msf.closeForLoader(round);
	}

	private static void js(Browser browser, String script, Object... args) {
		((JavascriptExecutor) browser.driver()).executeScript(script, args);
	}

	private static void click(Browser browser, String css) {
		WebElement page = browser.find("body");
		js(browser, "arguments[0].scrollIntoView({block: 'center'}); arguments[0].click();", browser.find(css));
		Browser.awaitGone(browser.driver(), page, Duration.ofSeconds(20));
	}

	private static void assertWordsOnly(String text) {
		Matcher code = OsceBrowserTests.CODE.matcher(text);
		assertThat(code.find()).as("a code on the page: %s", code.find(0) ? code.group() : "").isFalse();
	}

	private static void shot(Browser browser, String name) {
		browser.screenshot("postdoc-" + name);
	}

}
