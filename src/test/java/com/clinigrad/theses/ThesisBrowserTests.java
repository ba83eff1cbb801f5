package com.clinigrad.theses;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import com.clinigrad.accounts.Role;
import com.clinigrad.shared.SchoolTime;
import com.clinigrad.supervisors.SupervisorCommand;
import com.clinigrad.supervisors.SupervisorDirectory;
import com.clinigrad.supervisors.TitleLevel;
import com.clinigrad.support.Browser;
import com.clinigrad.support.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.Select;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One doctoral student's whole path in a real browser: the student uploads the thesis and
 * its anonymised copy and signs, the supervisor signs, the graduate school records the
 * similarity and assigns five reviewers, each reviewer submits from the anonymised copy,
 * the student sees the verdicts, the defense committee votes, the degree committee
 * decides and the graduate school records the award; screenshots at each step.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class ThesisBrowserTests {

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcClient jdbc;

	@TempDir
	Path files;

	@Test
	void aDoctoralThesisFromUploadToDegree() throws IOException {
		Fixtures fixtures = Fixtures.in(this.context);
		SupervisorDirectory directory = this.context.getBean(SupervisorDirectory.class);
		String hospital = fixtures.hospital();
		String supervisor = fixtures.supervisor(hospital);
		String student = fixtures.doctoralStudent("ZJU-DOCTOR", hospital, supervisor, null);
		String studentLogin = fixtures.account(Set.of(Role.STUDENT), null, null, null, student);
		String supervisorLogin = fixtures.account(Set.of(Role.SUPERVISOR), null, null, supervisor, null);
		String staff = fixtures.account(Role.GRAD_SCHOOL);
		String committee = fixtures.account(Role.DEGREE_COMMITTEE);
		List<String> reviewers = new ArrayList<>();
		List<String> experts = new ArrayList<>();
		for (int i = 0; i < 5; i++) {
			String staffNo = fixtures.unique("E");
			directory.upsert(new SupervisorCommand(staffNo, "评阅专家" + staffNo, TitleLevel.FULL_SENIOR, true, true,
					"外校医学院", null, false, 1966, null, "105101"));
			reviewers.add(staffNo);
			experts.add(fixtures.account(Set.of(Role.EXPERT), null, null, staffNo, null));
		}
		List<String> panel = new ArrayList<>();
		for (int i = 0; i < 5; i++) {
			String staffNo = fixtures.unique("K");
			directory.upsert(new SupervisorCommand(staffNo, "答辩委员" + staffNo, TitleLevel.FULL_SENIOR, true, true,
					(i == 0) ? "外校医学院" : null, null, i == 1, 1962, null, null));
			panel.add(staffNo);
		}
		for (String[] milestone : new String[][] { { "PROPOSAL", "2024-03-01" }, { "MIDTERM", "2025-03-01" } }) {
			this.jdbc.sql("""
					insert into milestone (student_id, type, held_on, result, recorded_by)
					select id, :type, cast(:on as date), 'PASS', 'test' from student where student_no = :no
					""").param("type", milestone[0]).param("on", milestone[1]).param("no", student).update();
		}
		Path full = this.files.resolve("学位论文.docx");
		Files.write(full, ThesisTextTests.file("DOCX", ThesisTextTests.thesis(800, 1500, 12000)));
		Path blind = this.files.resolve("盲审版.docx");
		Files.write(blind, ThesisTextTests.file("DOCX", ThesisTextTests.thesis(800, 1500, 12000)));
		Path report = this.files.resolve("检测报告.pdf");
		Files.write(report, ThesisTextTests.file("PDF", List.of("检测报告", "总文字复制比 7.6%")));
		String today = SchoolTime.today().toString();
		String thesis = "/students/" + student + "/thesis";

		try (Browser browser = Browser.open(this.port)) {
			// the student uploads the thesis and the anonymised copy, and signs
			browser.logIn(studentLogin, Fixtures.PASSWORD).go(thesis);
			browser.find("#title").sendKeys("脓毒症患者早期液体复苏策略的随机对照研究");
			browser.find("#thesis-file").sendKeys(full.toString());
			submit(browser, "#upload-thesis");
			assertThat(browser.find("#count-body").getText()).isEqualTo("12,000");
			click(browser, "#kind-blind");
			browser.find("#thesis-file").sendKeys(blind.toString());
			submit(browser, "#upload-thesis");
			assertThat(browser.find("#thesis-files").getText()).contains("盲审版.docx");
			submit(browser, "#sign-declaration");
			assertThat(browser.find("#thesis-problems").getText()).contains("尚未由学生和导师共同签署");
			browser.screenshot("thesis-1-student-uploaded");
			browser.logOut();

			browser.logIn(supervisorLogin, Fixtures.PASSWORD).go(thesis);
			submit(browser, "#sign-declaration");
			assertThat(browser.find("#declaration").getText()).doesNotContain("未签署");
			browser.logOut();

			// the graduate school records the similarity and assigns five reviewers
			browser.logIn(staff, Fixtures.PASSWORD).go(thesis);
			browser.find("#percent").sendKeys("7.6");
			browser.find("#report").sendKeys(report.toString());
			submit(browser, "#record-similarity");
			assertThat(browser.find("#ready-for-review").getText()).contains("可送盲审");
			for (String reviewer : reviewers) {
				click(browser, "#rv-" + reviewer);
			}
			browser.screenshot("thesis-2-staff-assigns");
			submit(browser, "#assign-reviewers");
			assertThat(browser.find("#review-underway").getText()).contains("0/5");
			browser.logOut();

			// each reviewer reviews the anonymised copy
			for (int i = 0; i < experts.size(); i++) {
				browser.logIn(experts.get(i), Fixtures.PASSWORD).go("/reviews");
				assertThat(browser.text()).doesNotContain(student).doesNotContain("导师" + supervisor);
				submit(browser, "#my-reviews a.list-group-item");
				assertThat(browser.text()).doesNotContain(student);
				for (String[] score : new String[][] { { "topic", "18" }, { "innovation", "26" }, { "knowledge", "17" },
						{ "ability", "17" }, { "writing", "9" } }) {
					browser.find("#" + score[0]).sendKeys(score[1]);
				}
				click(browser, (i == 4) ? "#verdict-AGREE_AFTER_REVISION" : "#verdict-AGREE");
				browser.find("#comments").sendKeys("论文选题紧密结合临床，研究设计合理，数据可靠，结论可信，写作规范。专家意见" + (i + 1) + "。");
				if (i == 0) {
					browser.screenshot("thesis-3-expert-reviews");
				}
				click(browser, "#submit-review");
				new org.openqa.selenium.support.ui.WebDriverWait(browser.driver(), java.time.Duration.ofSeconds(10))
					.until(org.openqa.selenium.support.ui.ExpectedConditions
						.visibilityOfElementLocated(org.openqa.selenium.By.id("confirm-review-submit")));
				assertThat(browser.find("#confirm-review-summary").getText()).contains("87");
				submit(browser, "#confirm-review-submit");
				assertThat(browser.find("#review-done").getText()).contains("总分 87");
				browser.logOut();
			}

			// the student sees the verdicts, not the reviewers
			browser.logIn(studentLogin, Fixtures.PASSWORD).go(thesis);
			assertThat(browser.find("#round-cleared").getText()).contains("可以进入答辩");
			String page = browser.text();
			assertThat(page).contains("专家A", "专家E", "专家意见1", "修改后答辩");
			for (String reviewer : reviewers) {
				assertThat(page).doesNotContain(reviewer);
			}
			browser.screenshot("thesis-4-student-verdicts");
			browser.logOut();

			// the defense: schedule, panel, confirm, vote
			browser.logIn(staff, Fixtures.PASSWORD).go("/students/" + student + "/milestones");
			new Select(browser.find("#type")).selectByValue("DEFENSE");
			date(browser, "on", today);
			browser.find("#place").sendKeys("临床医学院报告厅");
			submit(browser, "#schedule-milestone button");
			browser.find("#members").sendKeys(String.join(" ", panel));
			browser.find("#chair").sendKeys(panel.get(0));
			submit(browser, "#save-panel");
			submit(browser, "#confirm-panel");
			browser.find("#votesFor").sendKeys("5");
			browser.find("#votesAgainst").sendKeys("0");
			browser.find("#resolution").sendKeys("答辩委员会一致同意通过答辩，建议授予医学博士学位。");
			browser.screenshot("thesis-5-defense-vote");
			submit(browser, "#record-outcome");
			assertThat(browser.find("#defense-result").getText()).contains("同意 5 票");
			browser.logOut();

			// the degree committee decides at a meeting: this test's candidate only
			browser.logIn(committee, Fixtures.PASSWORD).go("/degrees/meetings/new");
			((JavascriptExecutor) browser.driver()).executeScript(
					"""
							var no = arguments[0];
							document.querySelectorAll('input[name=students]').forEach(function (box) { box.checked = box.value === no; });
							""",
					student);
			date(browser, "heldOn", today);
			browser.find("#membersTotal").sendKeys("9");
			submit(browser, "#create-meeting");
			browser.find("#membersPresent").sendKeys("9");
			browser.find("#resolution").sendKeys("同意授予医学博士学位");
			String row = "[data-candidate='" + student + "'] ";
			browser.find(row + ".cg-for").sendKeys("8");
			browser.find(row + ".cg-against").sendKeys("1");
			assertThat(browser.find(row + ".cg-decision").getText()).contains("同意授予学位");
			submit(browser, "#check-votes");
			assertThat(browser.find("#confirm-table").getText()).contains(student, "同意授予学位");
			submit(browser, "#record-meeting");
			assertThat(browser.find("#meeting-table " + row).getText()).contains("同意授予学位");
			browser.logOut();

			// the graduate school records the award
			browser.logIn(staff, Fixtures.PASSWORD).go("/degrees");
			String decision = "[data-decision='" + student + "'] ";
			browser.find(decision + "input[name=certificateNo]").sendKeys("1033520261000777");
			click(browser, decision + "input[name=confirm]");
			submit(browser, decision + "button");
			assertThat(browser.find("[data-decision='" + student + "']").getText()).contains("1033520261000777");
			browser.screenshot("thesis-6-degree-awarded");
			browser.go(thesis);
			assertThat(browser.find("#degree-awarded").getText()).contains("1033520261000777");
		}
		assertThat(this.jdbc.sql("select status from student where student_no = :no")
			.param("no", student)
			.query(String.class)
			.single()).isEqualTo("GRADUATED");
	}

	private static void click(Browser browser, String css) {
		((JavascriptExecutor) browser.driver())
			.executeScript("arguments[0].scrollIntoView({block: 'center'}); arguments[0].click();", browser.find(css));
	}

	/**
	 * Clicks something that loads a new page and waits until the old one is gone.
	 */
	private static void submit(Browser browser, String css) {
		org.openqa.selenium.WebElement page = browser.find("body");
		click(browser, css);
		Browser.awaitGone(browser.driver(), page, java.time.Duration.ofSeconds(15));
	}

	private static void date(Browser browser, String id, String value) {
		((JavascriptExecutor) browser.driver())
			.executeScript("document.getElementById(arguments[0]).value = arguments[1];", id, value);
	}

}
