package com.clinigrad.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;

import com.clinigrad.accounts.Role;
import com.clinigrad.competency.MultisourceEvaluations;
import com.clinigrad.competency.RaterKind;
import com.clinigrad.shared.SchoolTime;
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

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A 360° round in a real browser, in Chinese and in English: a nurse fills the form
 * behind a one-time link on a phone (390 px, no login), an attending from their list of
 * ratings to give; once the office closes the round the trainee reads pooled results per
 * rater kind without any rater's name. Screenshots go to {@code /tmp/comp-shots/}.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class MultisourceBrowserTests {

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Autowired
	MultisourceEvaluations evaluations;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aRoundInChinese() {
		round("zh_CN", "感谢您的评价", "份评价", "评价少于 3 份");
	}

	@Test
	void aRoundInEnglish() {
		round("en", "Thank you for your rating", "answers", "Fewer than 3 answers");
	}

	private void round(String lang, String thanks, String answersWord, String belowWord) {
		Fixtures fixtures = Fixtures.in(this.context);
		String hospital = fixtures.hospital();
		String supervisor = fixtures.supervisor(hospital);
		String postdoc = fixtures.unique("P");
		this.context.getBean(StudentRegistry.class)
			.upsert(new StudentCommand(postdoc, "林博士后", DegreeType.POSTDOC, "PUMCH-POSTDOC", 2025, "105101",
					AdmissionType.EXAM, SourceSchool.OWN, hospital, supervisor, null), StudentStatus.ENROLLED);
		String trainee = fixtures.account(Set.of(Role.STUDENT), null, null, null, postdoc);
		String office = fixtures.account(Set.of(Role.HOSPITAL_OFFICE), hospital, null, null, null);
		List<String> attendings = List.of(fixtures.supervisor(hospital), fixtures.supervisor(hospital),
				fixtures.supervisor(hospital));
		String attending = fixtures.account(Set.of(Role.SUPERVISOR), null, null, attendings.get(0), null);
		LocalDate today = SchoolTime.today();
		long round = this.evaluations.openForLoader(postdoc, "2026 年度 360 度评价", today, today.plusDays(10), "test");
		this.evaluations.inviteRecordsForLoader(round, RaterKind.ATTENDING, attendings);
		String token = this.evaluations.inviteByLinkForLoader(round, RaterKind.NURSE, "六病区护士甲");
		this.evaluations.inviteByLinkForLoader(round, RaterKind.NURSE, "六病区护士乙");
		this.evaluations.inviteByLinkForLoader(round, RaterKind.NURSE, "六病区护士丙");
		this.evaluations.inviteByLinkForLoader(round, RaterKind.PATIENT, "12 床");
		String suffix = lang.startsWith("en") ? "en" : "zh";

		try (Browser browser = Browser.open(this.port)) {
			// a nurse on a phone, without an account
			browser.driver().manage().window().setSize(new Dimension(390, 844));
			browser.go("/rate/" + token + "?lang=" + lang);
			List<WebElement> questions = browser.driver().findElements(By.cssSelector(".cg-msf-question"));
			assertThat(questions).hasSize(3);
			assertThat(browser.text()).contains("林博士后").doesNotContain("六病区护士甲");
			assertThat(width(browser)).isLessThanOrEqualTo(390);
			rateAll(browser, 4);
			assertWordsOnly(browser.text());
			shot(browser, "msf-1-phone-form-" + suffix);
			click(browser, "#send-rating");
			assertThat(browser.find("#msf-thanks").getText()).isNotBlank();
			assertThat(browser.text()).contains(thanks);
			shot(browser, "msf-2-phone-thanks-" + suffix);
			browser.go("/rate/" + token);
			assertThat(browser.text()).doesNotContain("林博士后");
			assertThat(browser.securityPolicyViolations()).isEmpty();

			// an attending from the list of ratings to give, also on a phone
			browser.logIn(attending, Fixtures.PASSWORD).go("/360/mine?lang=" + lang);
			click(browser, "#msf-pending a");
			assertThat(browser.driver().findElements(By.cssSelector(".cg-msf-question"))).hasSize(6);
			rateAll(browser, 5);
			assertThat(width(browser)).isLessThanOrEqualTo(390);
			shot(browser, "msf-3-phone-attending-" + suffix);
			click(browser, "#send-rating");
			assertThat(browser.find(".alert-success").getText()).isNotBlank();
			browser.logOut();
		}
		Map<Long, Integer> four = new HashMap<>();
		this.jdbc.sql("select id from msf_item where rater_kind = 'ATTENDING'")
			.query(Long.class)
			.list()
			.forEach((id) -> four.put(id, 4));
		Map<Long, Integer> three = new HashMap<>();
		this.jdbc.sql("select id from msf_item where rater_kind = 'NURSE'")
			.query(Long.class)
			.list()
			.forEach((id) -> three.put(id, 3));
		this.evaluations.answerForLoader(round, RaterKind.ATTENDING, attendings.get(1), four);
		this.evaluations.answerForLoader(round, RaterKind.ATTENDING, attendings.get(2), four);
		this.evaluations.answerForLoader(round, RaterKind.NURSE, "六病区护士乙", three);

		try (Browser browser = Browser.open(this.port)) {
			browser.driver().manage().window().setSize(new Dimension(1366, 900));
			browser.logIn(office, Fixtures.PASSWORD).go("/360/" + round + "?lang=" + lang);
			assertThat(browser.find("#msf-invitations").getText()).contains("六病区护士甲");
			((JavascriptExecutor) browser.driver()).executeScript("arguments[0].click();",
					browser.find("#close-confirm"));
			click(browser, "#close-round button");
			assertWordsOnly(browser.text());
			shot(browser, "msf-4-office-" + suffix);
			browser.logOut();

			browser.logIn(trainee, Fixtures.PASSWORD).go("/students/" + postdoc + "/360?lang=" + lang);
			click(browser, "#msf-rounds a");
			String results = browser.find("#msf-results").getText();
			assertThat(browser.find("#result-ATTENDING").getText()).contains("3 " + answersWord.trim());
			assertThat(browser.find("#result-NURSE").getText()).contains(belowWord);
			assertThat(browser.text()).doesNotContain("六病区护士").doesNotContain(attendings.get(0));
			assertThat(browser.driver().findElements(By.id("msf-invitations"))).isEmpty();
			assertThat(results).contains("4.33");
			assertWordsOnly(browser.text());
			assertThat(browser.securityPolicyViolations()).isEmpty();
			shot(browser, "msf-5-trainee-results-" + suffix);
		}
	}

	private static void rateAll(Browser browser, int rating) {
		for (WebElement question : browser.driver().findElements(By.cssSelector(".cg-msf-question"))) {
			WebElement label = question.findElements(By.cssSelector(".cg-msf-scale label")).get(rating - 1);
			((JavascriptExecutor) browser.driver()).executeScript("arguments[0].click();", label);
		}
	}

	private static long width(Browser browser) {
		return (Long) ((JavascriptExecutor) browser.driver())
			.executeScript("return document.documentElement.scrollWidth;");
	}

	private static void click(Browser browser, String css) {
		WebElement page = browser.find("body");
		((JavascriptExecutor) browser.driver())
			.executeScript("arguments[0].scrollIntoView({block: 'center'}); arguments[0].click();", browser.find(css));
		Browser.awaitGone(browser.driver(), page, Duration.ofSeconds(20));
	}

	private static void assertWordsOnly(String text) {
		Matcher code = OsceBrowserTests.CODE.matcher(text);
		assertThat(code.find()).as("a code on the page: %s", code.find(0) ? code.group() : "").isFalse();
	}

	private static void shot(Browser browser, String name) {
		Path file = browser.screenshot("competency-" + name);
		try {
			Files.createDirectories(Path.of("/tmp/comp-shots"));
			Files.copy(file, Path.of("/tmp/comp-shots/" + name + ".png"), StandardCopyOption.REPLACE_EXISTING);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
