package com.clinigrad.browser;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import com.clinigrad.accounts.Role;
import com.clinigrad.eligibility.DiversionCaseScan;
import com.clinigrad.organization.Organization;
import com.clinigrad.rotations.RotationSchedule;
import com.clinigrad.rotations.ScheduleCommand;
import com.clinigrad.shared.SchoolTime;
import com.clinigrad.supervisors.SupervisorCommand;
import com.clinigrad.supervisors.SupervisorDirectory;
import com.clinigrad.supervisors.TitleLevel;
import com.clinigrad.support.Browser;
import com.clinigrad.support.DegreeCandidates;
import com.clinigrad.support.EventsInFlight;
import com.clinigrad.support.Fixtures;
import com.clinigrad.support.PageWords;
import com.clinigrad.theses.DegreeMeetings;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestInstance.Lifecycle;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each role walks its main task in Chinese in a real browser, and its home and two pages
 * in English; every page visited shows words, not codes (no rule code, no enum constant,
 * no untranslated key, on Chinese pages no English status word) and no link that answers
 * 403 or a server error to that role ({@link PageWords}). Screenshots
 * {@code target/screenshots/words-*.png}.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@TestInstance(Lifecycle.PER_CLASS)
class RoleWalkBrowserTests {

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcClient jdbc;

	Fixtures fixtures;

	Browser browser;

	PageWords words;

	String hospital;

	String supervisor;

	String student;

	@BeforeAll
	void openBrowser() {
		this.fixtures = Fixtures.in(this.context);
		this.hospital = this.fixtures.hospital();
		this.supervisor = this.fixtures.supervisor(this.hospital);
		this.student = this.fixtures.student(this.hospital, this.supervisor);
		this.browser = Browser.open(this.port);
		this.browser.driver().manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
		this.words = PageWords.of(this.browser);
	}

	@AfterEach
	void logOut() {
		this.browser.logOut();
		this.words.assertNothingFound();
	}

	@AfterAll
	void closeBrowser() {
		if (this.browser != null) {
			this.browser.close();
		}
	}

	@Test
	void gradSchoolFollowsAStudentAtRiskToItsCase() {
		EventsInFlight.awaitNone(this.jdbc, Duration.ofSeconds(60));
		this.context.getBean(DiversionCaseScan.class)
			.rescan(List.of(this.fixtures.studentId(this.student)), SchoolTime.today());
		logIn(this.fixtures.account(Role.GRAD_SCHOOL));
		this.words.chinese("grad-1-home");
		go("/audit/at-risk?hospital=" + this.hospital).chinese("grad-2-at-risk");
		assertThat(this.browser.text()).contains(this.student);
		go("/students/" + this.student).chinese("grad-3-student");
		assertThat(this.browser.find("#status-history").getText()).contains("系统");
		go("/supervisors/" + this.supervisor).chinese("grad-3-supervisor");
		assertThat(this.browser.find("#supervised-students").getText()).contains("临床医学专业学位硕士")
			.doesNotContain("PUMC-PRO-MASTER");
		go("/students/" + this.student + "/audit").chinese("grad-4-audit");
		go("/audit/cases?hospital=" + this.hospital).chinese("grad-5-cases");
		click("#case-table a[href*='/audit/cases/']");
		this.browser.find("main");
		this.words.chinese("grad-6-case");

		go("/?lang=en").english("grad-7-home-en");
		go("/audit/cases?hospital=" + this.hospital).english("grad-8-cases-en");
		go("/students/" + this.student).english("grad-9-student-en");
	}

	@Test
	void hospitalOfficePlansItsStudentsRotations() {
		logIn(this.fixtures.account(Set.of(Role.HOSPITAL_OFFICE), this.hospital, null, null, null));
		this.words.chinese("office-1-home");
		go("/students").chinese("office-2-students");
		assertThat(this.browser.text()).contains(this.student);
		go("/students/" + this.student + "/rotations").chinese("office-3-rotations");
		submit("#generate-plan");
		assertThat(this.browser.find("#rotation-plan").getText()).contains("心血管病");
		this.words.chinese("office-4-plan");
		go("/rotations/occupancy?hospital=" + this.hospital + "&year=" + SchoolTime.today().getYear())
			.chinese("office-5-occupancy");

		go("/?lang=en").english("office-6-home-en");
		go("/students").english("office-7-students-en");
		go("/students/" + this.student + "/rotations").english("office-8-rotations-en");
	}

	@Test
	void departmentCoordinatorRecordsAnExitExam() {
		String trainee = this.fixtures.student(this.hospital, this.supervisor);
		long department = this.context.getBean(Organization.class).department(this.hospital, "D1").orElseThrow().id();
		LocalDate end = SchoolTime.today().withDayOfMonth(1).minusDays(1);
		this.context.getBean(RotationSchedule.class)
			.recordScheduled(
					new ScheduleCommand(trainee, department, end.minusMonths(1).plusDays(1), end, false, "病房轮转安排"),
					"test");
		logIn(this.fixtures.account(Set.of(Role.DEPT_COORDINATOR), this.hospital, "D1", null, null));
		this.words.chinese("coordinator-1-home");
		go("/rotations/department").chinese("coordinator-2-trainees");
		assertThat(this.browser.find("#trainee-table").getText()).contains(trainee);
		submit("#trainee-table a[href$='/assess']");
		String assess = this.browser.currentPath();
		this.words.chinese("coordinator-3-assess");
		this.browser.find("#theoryScore").sendKeys("78");
		this.browser.find("#skillsScore").sendKeys("84");
		this.browser.find("#patientCare").sendKeys("7");
		submit("#save-assessment");
		assertThat(this.browser.find("#assessment-history").getText()).contains("出科考核", "78");
		this.words.chinese("coordinator-4-recorded");

		go("/?lang=en").english("coordinator-5-home-en");
		go("/rotations/department").english("coordinator-6-trainees-en");
		go(assess).english("coordinator-7-assess-en");
	}

	@Test
	void supervisorFollowsOwnStudent() {
		logIn(this.fixtures.account(Set.of(Role.SUPERVISOR), null, null, this.supervisor, null));
		this.words.chinese("supervisor-1-home");
		go("/students/" + this.student).chinese("supervisor-2-student");
		go("/students/" + this.student + "/audit").chinese("supervisor-3-audit");
		go("/students/" + this.student + "/milestones").chinese("supervisor-4-milestones");

		go("/?lang=en").english("supervisor-5-home-en");
		go("/students/" + this.student).english("supervisor-6-student-en");
		go("/students/" + this.student + "/milestones").english("supervisor-7-milestones-en");
	}

	@Test
	void expertSubmitsAnAssignedReview() {
		String reviewer = this.fixtures.unique("E");
		this.context.getBean(SupervisorDirectory.class)
			.upsert(new SupervisorCommand(reviewer, "评阅专家" + reviewer, TitleLevel.FULL_SENIOR, true, true, "外校医学院",
					null, false, 1966, null, null));
		String code = assignReview(reviewer);
		logIn(this.fixtures.account(Set.of(Role.EXPERT), null, null, reviewer, null));
		this.words.chinese("expert-1-home");
		go("/reviews").chinese("expert-2-reviews");
		go("/reviews/" + code).chinese("expert-3-review");
		for (String[] score : new String[][] { { "topic", "18" }, { "innovation", "26" }, { "knowledge", "17" },
				{ "ability", "17" }, { "writing", "9" } }) {
			this.browser.find("#" + score[0]).sendKeys(score[1]);
		}
		click("#verdict-AGREE");
		this.browser.find("#comments").sendKeys("论文选题紧密结合临床，研究设计合理，数据可靠，结论可信，写作规范。");
		click("#submit-review");
		new WebDriverWait(this.browser.driver(), Duration.ofSeconds(10))
			.until(ExpectedConditions.visibilityOfElementLocated(By.id("confirm-review-submit")));
		this.words.chinese("expert-4-confirm");
		submit("#confirm-review-submit");
		this.words.chinese("expert-5-submitted");
		assertThat(this.jdbc.sql("select status from thesis_review where code = :code")
			.param("code", code)
			.query(String.class)
			.single()).isEqualTo("SUBMITTED");

		go("/?lang=en").english("expert-6-home-en");
		go("/reviews").english("expert-7-reviews-en");
		go("/reviews/" + code).english("expert-8-review-en");
	}

	@Test
	void degreeCommitteeOpensItsMeeting() {
		LocalDate defended = SchoolTime.today().minusDays(20);
		List<String> candidates = DegreeCandidates.in(this.context).eligible(2, defended);
		long meeting = this.context.getBean(DegreeMeetings.class)
			.openAs(SchoolTime.today().plusDays(7), 21, candidates, "学位评定委员会秘书");
		logIn(this.fixtures.account(Role.DEGREE_COMMITTEE));
		this.words.chinese("committee-1-home");
		go("/degrees").chinese("committee-2-candidates");
		go("/degrees/meetings/" + meeting).chinese("committee-3-meeting");
		assertThat(this.browser.text()).contains(candidates.get(0));

		go("/?lang=en").english("committee-4-home-en");
		go("/degrees").english("committee-5-candidates-en");
		go("/degrees/meetings/" + meeting).english("committee-6-meeting-en");
	}

	@Test
	void studentFollowsOwnProgress() {
		logIn(this.fixtures.account(Set.of(Role.STUDENT), null, null, null, this.student));
		this.words.chinese("student-1-home");
		go("/students/" + this.student).chinese("student-2-record");
		go("/students/" + this.student + "/audit").chinese("student-3-audit");
		go("/students/" + this.student + "/transcript").chinese("student-4-transcript");
		go("/students/" + this.student + "/achievements").chinese("student-5-achievements");
		new Select(this.browser.find("#kind")).selectByValue("PUBLICATION");
		this.browser.find("#title").sendKeys("早期液体复苏的回顾性研究");
		((JavascriptExecutor) this.browser.driver())
			.executeScript("document.getElementById('obtainedOn').value = arguments[0];", "2026-03-01");
		this.browser.find("input[name=journal]").sendKeys("中华医学杂志");
		new Select(this.browser.find("select[name=indexing]")).selectByValue("CORE");
		this.browser.find("input[name=authorPosition]").sendKeys("1");
		submit("#submit-claim");
		assertThat(this.browser.find("#claims").getText()).contains("早期液体复苏的回顾性研究", "国内核心");
		this.words.chinese("student-6-claimed");

		go("/?lang=en").english("student-7-home-en");
		go("/students/" + this.student + "/achievements").english("student-8-achievements-en");
		go("/students/" + this.student + "/transcript").english("student-9-transcript-en");
	}

	@Test
	void adminCreatesAnAccount() {
		logIn(this.fixtures.account(Role.ADMIN));
		this.words.chinese("admin-1-home");
		go("/admin/accounts").chinese("admin-2-accounts");
		go("/admin/accounts/new").chinese("admin-3-new");
		String username = this.fixtures.unique("n").toLowerCase();
		this.browser.find("#username").sendKeys(username);
		this.browser.find("#displayName").sendKeys("新账号" + username);
		this.browser.find("#password").sendKeys("Walk-password-2026");
		click("input[name=roles][value=GRAD_SCHOOL]");
		submit("#save-account");
		assertThat(this.browser.text()).contains(username);
		this.words.chinese("admin-4-created");

		go("/?lang=en").english("admin-5-home-en");
		go("/admin/accounts").english("admin-6-accounts-en");
		go("/admin/accounts/new").english("admin-7-new-en");
	}

	/**
	 * A thesis ready for review with one pending review assigned to the reviewer, as the
	 * graduate school leaves it after assigning (the demo loader's shape).
	 * @return the review's code
	 */
	private static byte[] blindCopy() {
		try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			document.addPage(new PDPage());
			document.save(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private String assignReview(String reviewer) {
		String doctor = this.fixtures.doctoralStudent("ZJU-DOCTOR", this.hospital, this.supervisor, null);
		long studentId = this.fixtures.studentId(doctor);
		this.jdbc.sql("""
				insert into thesis (student_id, title, body_chars, abstract_zh_chars, abstract_en_chars, counts_source,
				    declaration_signed, recorded_by)
				values (:s, '临床研究论文', 42000, 900, 1800, 'FILE', true, 'test')
				""").param("s", studentId).update();
		// the anonymised copy the expert downloads (the app assigns no reviewer without
		// it)
		byte[] blind = blindCopy();
		this.jdbc.sql("""
				insert into thesis_file (student_id, kind, version_no, file_name, format, content, size_bytes, sha256,
				    uploaded_by)
				values (:s, 'BLIND', 1, 'blind.pdf', 'PDF', :content, :size, :sha, 'test')
				""")
			.param("s", studentId)
			.param("content", blind)
			.param("size", blind.length)
			.param("sha", "0".repeat(64))
			.update();
		LocalDate started = SchoolTime.today().minusDays(5);
		this.jdbc
			.sql("""
					insert into thesis_round (student_id, round_no, status, similarity_percent, review_started_on, review_due_on)
					values (:s, 1, 'OPEN', 8.5, :started, :due)
					""")
			.param("s", studentId)
			.param("started", started)
			.param("due", started.plusDays(40))
			.update();
		String code = "BR-" + reviewer;
		this.jdbc
			.sql("""
					insert into thesis_review (student_id, round_no, reviewer_id, code, assigned_by, due_on, status, recorded_by)
					select :s, 1, id, :code, '研究生院学位办', :due, 'PENDING', 'test' from supervisor where staff_no = :staffNo
					""")
			.param("s", studentId)
			.param("code", code)
			.param("due", started.plusDays(40))
			.param("staffNo", reviewer)
			.update();
		return code;
	}

	private void logIn(String username) {
		this.browser.logIn(username, Fixtures.PASSWORD);
	}

	private PageWords go(String path) {
		this.browser.go(path);
		return this.words;
	}

	private void click(String css) {
		((JavascriptExecutor) this.browser.driver()).executeScript(
				"arguments[0].scrollIntoView({block: 'center'}); arguments[0].click();", this.browser.find(css));
	}

	/**
	 * Clicks something that loads a new page and waits until the old one is gone.
	 */
	private void submit(String css) {
		WebElement page = this.browser.find("body");
		click(css);
		Browser.awaitGone(this.browser.driver(), page, Duration.ofSeconds(20));
	}

}
