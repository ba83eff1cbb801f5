package com.clinigrad.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.clinigrad.accounts.Role;
import com.clinigrad.shared.SchoolTime;
import com.clinigrad.support.Browser;
import com.clinigrad.support.Fixtures;
import com.clinigrad.theses.MilestoneResult;
import com.clinigrad.theses.MilestoneView;
import com.clinigrad.theses.ThesisRecords;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The award schemes and the medical-ethics file in a real browser, in Chinese and in
 * English: the graduate school starts a year's scheme from the last and changes a quota;
 * the hospital office records a veto with its evidence on a student's awards page; the
 * student reads it; a Zhejiang doctoral student's stipend shows the raise after the
 * mid-term. No page shows a code. Screenshots go to {@code /tmp/c-shots/}.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class AwardsBrowserTests {

	static final Pattern CODE = Pattern.compile("\\b[A-Z]{2,}(?:_[A-Z]+)+\\b");

	static final Pattern STATUS_WORD = Pattern.compile("\\b(RANKED|ONE_OFF|PER_MONTH|true|false|null)\\b");

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Autowired
	ThesisRecords theses;

	@Test
	void schemesAndTheEthicsFileInChinese() throws IOException {
		walk("zh_CN", 2095, new Words("9%", "一票否决", "不良事件", "中期考核已于", "4,100", "记录了一票否决"));
	}

	@Test
	void schemesAndTheEthicsFileInEnglish() throws IOException {
		walk("en", 2096, new Words("9%", "One-vote veto", "Incident", "mid-term assessment passed on", "4,100",
				"A one-vote veto was recorded"));
	}

	private void walk(String lang, int year, Words words) throws IOException {
		Fixtures fixtures = Fixtures.in(this.context);
		String hospital = fixtures.hospital();
		String staffNo = fixtures.supervisor(hospital);
		String student = fixtures.student(hospital, staffNo);
		String doctor = fixtures.doctoralStudent("ZJU-DOCTOR", hospital, staffNo, null);
		this.theses.upsertMilestone(fixtures.studentId(doctor),
				new MilestoneView("MIDTERM", SchoolTime.today().minusMonths(2), MilestoneResult.PASS));
		String grad = fixtures.account(Role.GRAD_SCHOOL);
		String office = fixtures.account(Set.of(Role.HOSPITAL_OFFICE), hospital, null, null, null);
		String studentLogin = fixtures.account(Set.of(Role.STUDENT), null, null, null, student);
		String suffix = lang.startsWith("en") ? "en" : "zh";
		Path evidence = Files.createTempFile("c-evidence", ".pdf");
		Files.write(evidence, "%PDF-1.4 医务处调查报告".getBytes());

		try (Browser browser = Browser.open(this.port)) {
			// the graduate school: the schemes, a new year copied, a quota changed
			browser.logIn(grad, Fixtures.PASSWORD).go("/awards/schemes?lang=" + lang);
			assertThat(browser.find("#scheme-table").getText()).contains("2026");
			assertWordsOnly(browser.text());
			shot(browser, "1-schemes-" + suffix);
			browser.find("[data-scheme='PUMC-2026'] a").click();
			assertThat(browser.find("#type-table").getText()).contains("20,000", "8%", "12%", "20%");
			assertWordsOnly(browser.text());
			shot(browser, "2-scheme-" + suffix);
			WebElement copyYear = browser.find("#copy-year");
			copyYear.clear();
			copyYear.sendKeys(String.valueOf(year));
			submit(browser, "#copy-scheme");
			assertThat(browser.find("h1").getText()).contains(String.valueOf(year));
			submit(browser, "#edit-type-2");
			WebElement quota = browser.find("#quotaPercent");
			quota.clear();
			quota.sendKeys("9");
			assertThat(new Select(browser.find("#allocation")).getFirstSelectedOption().getText()).isNotBlank();
			assertWordsOnly(browser.text());
			shot(browser, "3-type-" + suffix);
			submit(browser, "#save-type");
			assertThat(browser.find("[data-type='2']").getText()).contains(words.quota());
			assertThat(browser.find(".alert-success").getText()).isNotBlank();
			// the evaluation of the 2026 scheme, ranked per quota group
			browser.go("/awards/schemes?lang=" + lang);
			browser.find("[data-scheme='PUMC-2026'] a").click();
			submit(browser, "#open-evaluation");
			assertThat(browser.find("[data-student='" + student + "']").getText()).contains(student);
			assertWordsOnly(browser.text());
			shot(browser, "3b-evaluation-" + suffix);
			browser.logOut();

			// the hospital office records a veto with its evidence
			browser.logIn(office, Fixtures.PASSWORD).go("/students/" + student + "?lang=" + lang);
			submit(browser, "#open-awards");
			setDate(browser, browser.find("#occurredOn"), SchoolTime.today().minusDays(5));
			new Select(browser.find("#source")).selectByValue("INCIDENT");
			browser.find("#description").sendKeys("擅自修改病历记录，经医疗质量管理委员会认定");
			((JavascriptExecutor) browser.driver()).executeScript("arguments[0].click();", browser.find("#veto1"));
			// a veto cannot be revoked: its confirmation is ticked too
			((JavascriptExecutor) browser.driver()).executeScript("arguments[0].click();", browser.find("#confirm1"));
			browser.find("#evidence").sendKeys(evidence.toString());
			assertWordsOnly(browser.text());
			shot(browser, "4-ethics-form-" + suffix);
			submit(browser, "#record-ethics");
			String entries = browser.find("#ethics-entries").getText();
			assertThat(entries).contains(words.veto(), words.incident(), "擅自修改病历记录", evidence.getFileName().toString());
			assertWordsOnly(browser.text());
			shot(browser, "5-ethics-recorded-" + suffix);
			// the Zhejiang doctoral student's stipend, raised after the mid-term
			browser.go("/students/" + doctor + "/awards");
			assertThat(browser.find("#funding").getText()).contains(words.raised(), words.raisedAmount());
			assertWordsOnly(browser.text());
			shot(browser, "6-stipend-" + suffix);
			browser.logOut();

			// the student reads their file, without the form
			browser.logIn(studentLogin, Fixtures.PASSWORD).go("/students/" + student + "/awards?lang=" + lang);
			assertThat(browser.find("#ethics-entries").getText()).contains(words.veto(), "擅自修改病历记录");
			assertThat(browser.driver().findElements(org.openqa.selenium.By.id("ethics-form"))).isEmpty();
			assertWordsOnly(browser.text());
			shot(browser, "7-student-" + suffix);
			// and their evaluation: not ranked because of the veto, the reason named
			submit(browser, "#open-student-evaluation");
			assertThat(browser.find("#exclusion-reason").getText()).contains(words.vetoReason());
			assertThat(browser.find("[data-component='ETHICS']").getText()).isNotBlank();
			assertWordsOnly(browser.text());
			shot(browser, "8-student-evaluation-" + suffix);
		}
		finally {
			Files.deleteIfExists(evidence);
		}
	}

	private static void setDate(Browser browser, WebElement input, LocalDate date) {
		((JavascriptExecutor) browser.driver()).executeScript("arguments[0].value = arguments[1];", input,
				date.toString());
	}

	private static void assertWordsOnly(String text) {
		Matcher code = CODE.matcher(text);
		assertThat(code.find()).as("a code on the page: %s", code.find(0) ? code.group() : "").isFalse();
		Matcher status = STATUS_WORD.matcher(text);
		assertThat(status.find()).as("a status code on the page: %s", status.find(0) ? status.group() : "").isFalse();
	}

	private static void shot(Browser browser, String name) {
		Path file = browser.screenshot("awards-" + name);
		try {
			Files.createDirectories(Path.of("/tmp/c-shots"));
			Files.copy(file, Path.of("/tmp/c-shots/" + name + ".png"), StandardCopyOption.REPLACE_EXISTING);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void submit(Browser browser, String css) {
		WebElement page = browser.find("body");
		((JavascriptExecutor) browser.driver())
			.executeScript("arguments[0].scrollIntoView({block: 'center'}); arguments[0].click();", browser.find(css));
		Browser.awaitGone(browser.driver(), page, Duration.ofSeconds(20));
	}

	record Words(String quota, String veto, String incident, String raised, String raisedAmount, String vetoReason) {
	}

}
