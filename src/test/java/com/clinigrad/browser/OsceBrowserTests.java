package com.clinigrad.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.clinigrad.accounts.Role;
import com.clinigrad.competency.OsceExams;
import com.clinigrad.competency.StationCommand;
import com.clinigrad.students.AdmissionType;
import com.clinigrad.students.DegreeType;
import com.clinigrad.students.SourceSchool;
import com.clinigrad.students.StudentCommand;
import com.clinigrad.students.StudentRegistry;
import com.clinigrad.students.StudentStatus;
import com.clinigrad.support.Browser;
import com.clinigrad.support.Fixtures;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An OSCE sitting in a real browser, in Chinese and in English: the examiner opens their
 * station on a tablet-sized screen, picks a candidate, gives the checklist points and the
 * global rating; the office reads the results; the candidate's competency profile draws
 * its chart. No page shows a code, and the page's scripts keep to the security policy.
 * Screenshots go to {@code /tmp/e-shots/}.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class OsceBrowserTests {

	static final Pattern CODE = Pattern.compile("\\b[A-Z]{2,}(?:_[A-Z]+)+\\b|\\b(OPEN|CLOSED|true|false|null)\\b");

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Autowired
	OsceExams exams;

	@Autowired
	org.springframework.jdbc.core.simple.JdbcClient jdbc;

	private long stationId(long exam, int position) {
		return this.jdbc.sql("select id from osce_station where exam_id = :e and position = :p")
			.param("e", exam)
			.param("p", position)
			.query(Long.class)
			.single();
	}

	@Test
	void aSittingInChinese() {
		sitting("zh_CN", "已保存", "第 1 站", "通过");
	}

	@Test
	void aSittingInEnglish() {
		sitting("en", "was saved", "Station 1", "passed");
	}

	private void sitting(String lang, String saved, String stationWord, String passedWord) {
		Fixtures fixtures = Fixtures.in(this.context);
		String hospital = fixtures.hospital();
		String examinerNo = fixtures.supervisor(hospital);
		String otherNo = fixtures.supervisor(hospital);
		String examiner = fixtures.account(Set.of(Role.SUPERVISOR), null, null, examinerNo, null);
		String office = fixtures.account(Set.of(Role.HOSPITAL_OFFICE), hospital, null, null, null);
		String postdoc = fixtures.unique("P");
		this.context.getBean(StudentRegistry.class)
			.upsert(new StudentCommand(postdoc, "林博士后", DegreeType.POSTDOC, "PUMCH-POSTDOC", 2025, "105101",
					AdmissionType.EXAM, SourceSchool.OWN, hospital, examinerNo, null), StudentStatus.ENROLLED);
		long exam = this.exams.createForLoader(hospital, "PUMCH-POSTDOC", "2026 秋季 OSCE", LocalDate.of(2026, 11, 20),
				"test");
		this.exams.addStationForLoader(exam,
				new StationCommand("PATIENT_CARE", "病史采集与体格检查（胸痛）", null, null,
						List.of(new StationCommand.ChecklistLine("自我介绍并核对患者身份", 1),
								new StationCommand.ChecklistLine("系统询问胸痛特点", 4),
								new StationCommand.ChecklistLine("规范心肺查体", 3))));
		this.exams.addStationForLoader(exam, new StationCommand("COMMUNICATION", "告知坏消息", null, null,
				List.of(new StationCommand.ChecklistLine("共情", 5))));
		long station = stationId(exam, 1);
		this.exams.assignExaminersForLoader(exam, station, List.of(examinerNo));
		this.exams.assignExaminersForLoader(exam, stationId(exam, 2), List.of(otherNo));
		this.exams.addCandidatesForLoader(exam, List.of(postdoc));
		String suffix = lang.startsWith("en") ? "en" : "zh";

		try (Browser browser = Browser.open(this.port)) {
			browser.driver().manage().window().setSize(new Dimension(1024, 1366));
			browser.logIn(examiner, Fixtures.PASSWORD).go("/osce/stations?lang=" + lang);
			assertThat(browser.find("#my-stations").getText()).contains("病史采集与体格检查（胸痛）").doesNotContain("告知坏消息");
			click(browser, "#my-stations a");
			assertThat(browser.text()).contains(stationWord);
			click(browser, "#candidates a");
			List<WebElement> inputs = browser.driver().findElements(By.cssSelector("#sheet-form input[type=number]"));
			assertThat(inputs).hasSize(3);
			inputs.get(0).sendKeys("1");
			inputs.get(1).sendKeys("3");
			inputs.get(2).sendKeys("3");
			((JavascriptExecutor) browser.driver()).executeScript("arguments[0].click();",
					browser.find("label[for=global-4]"));
			assertWordsOnly(browser.text());
			shot(browser, "osce-1-sheet-" + suffix);
			click(browser, "#sheet-form button");
			assertThat(browser.find(".alert-success").getText()).contains(saved);
			assertThat(browser.find("#candidates").findElements(By.cssSelector(".bi-check2-circle"))).hasSize(1);
			shot(browser, "osce-2-saved-" + suffix);
			assertThat(browser.securityPolicyViolations()).isEmpty();
			browser.logOut();

			browser.driver().manage().window().setSize(new Dimension(1366, 900));
			browser.logIn(office, Fixtures.PASSWORD).go("/osce/" + exam + "?lang=" + lang);
			String results = browser.find("#osce-results").getText();
			assertThat(results).contains("87.5 %", passedWord);
			assertWordsOnly(browser.text());
			shot(browser, "osce-3-results-" + suffix);
			browser.go("/students/" + postdoc + "/competencies");
			new WebDriverWait(browser.driver(), Duration.ofSeconds(10)).until(ExpectedConditions.jsReturnsValue(
					"return !!(window.Chart && Chart.getChart(document.getElementById('competency-chart')))"));
			assertThat(browser.find("#profile-levels").getText()).contains("4.5");
			assertWordsOnly(browser.text());
			assertThat(browser.securityPolicyViolations()).isEmpty();
			shot(browser, "osce-4-profile-" + suffix);

			// the office makes the postdoc's training plan from the template
			browser.go("/students/" + postdoc + "/training-plan");
			((JavascriptExecutor) browser.driver()).executeScript("arguments[0].value = '2025-09-01';",
					browser.find("#startsOn"));
			click(browser, "#create-plan button");
			assertThat(browser.find("#plan-periods").getText()).contains(words(lang));
			assertWordsOnly(browser.text());
			shot(browser, "plan-" + suffix);
		}
	}

	private static String words(String lang) {
		return lang.startsWith("en") ? "Period abroad" : "海外交流（择优）";
	}

	private static void click(Browser browser, String css) {
		WebElement page = browser.find("body");
		((JavascriptExecutor) browser.driver())
			.executeScript("arguments[0].scrollIntoView({block: 'center'}); arguments[0].click();", browser.find(css));
		Browser.awaitGone(browser.driver(), page, Duration.ofSeconds(20));
	}

	private static void assertWordsOnly(String text) {
		Matcher code = CODE.matcher(text);
		assertThat(code.find()).as("a code on the page: %s", code.find(0) ? code.group() : "").isFalse();
	}

	private static void shot(Browser browser, String name) {
		Path file = browser.screenshot("competency-" + name);
		try {
			Files.createDirectories(Path.of("/tmp/e-shots"));
			Files.copy(file, Path.of("/tmp/e-shots/" + name + ".png"), StandardCopyOption.REPLACE_EXISTING);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
