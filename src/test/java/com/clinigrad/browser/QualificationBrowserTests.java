package com.clinigrad.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.clinigrad.accounts.Role;
import com.clinigrad.achievements.AchievementRecords;
import com.clinigrad.achievements.PublicationView;
import com.clinigrad.imports.ImportService;
import com.clinigrad.shared.SchoolTime;
import com.clinigrad.supervisors.QualificationReview;
import com.clinigrad.supervisors.WindowView;
import com.clinigrad.support.Browser;
import com.clinigrad.support.Fixtures;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One year of the qualification review in a real browser, once in Chinese and once in
 * English: the graduate school opens the window, a supervisor records a grant and
 * applies, the conditions are checked and named, the training exam is required and
 * recorded, the application goes to the degree committee, whose vote grants the
 * qualification shown on the supervisor's page. No page shows a code. Screenshots of each
 * step go to {@code /tmp/helper-d-*.png}.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class QualificationBrowserTests {

	/** A code or enum constant as it would leak onto a page: DOCTORAL_SUPERVISOR. */
	static final Pattern CODE = Pattern.compile("\\b[A-Z]{2,}(?:_[A-Z]+)+\\b");

	static final Pattern STATUS_WORD = Pattern.compile(
			"\\b(SUBMITTED|REJECTED|APPROVED|WITHDRAWN|NEW|REREVIEW|INTERNAL|EXTERNAL|DOCTORATE|true|false|null)\\b");

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Autowired
	QualificationReview review;

	@Autowired
	AchievementRecords achievements;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ImportService imports;

	@Test
	void oneYearInChinese() {
		walk("zh_CN", new Words("已提交，待研究生院审核", "岗前培训理论考核", "新增导师须先通过岗前培训理论考核", "待学位评定委员会表决", "已通过", "有效期至", "在研经费不足"));
	}

	@Test
	void oneYearInEnglish() {
		walk("en",
				new Words("Submitted, awaiting the graduate school's check", "Pre-service training theory exam",
						"A new supervisor must pass the pre-service training theory exam",
						"Awaiting the degree committee's vote", "Approved", "Valid until", "Funding not met"));
	}

	private void walk(String lang, Words words) {
		Fixtures fixtures = Fixtures.in(this.context);
		String hospital = fixtures.hospital();
		String staffNo = fixtures.supervisor(hospital);
		String supervisor = fixtures.account(Set.of(Role.SUPERVISOR), null, null, staffNo, null);
		String grad = fixtures.account(Role.GRAD_SCHOOL);
		String committee = fixtures.account(Role.DEGREE_COMMITTEE);
		LocalDate today = SchoolTime.today();
		String student = fixtures.student(hospital, staffNo);
		for (int i = 1; i <= 3; i++) {
			this.achievements.upsertPublication(fixtures.studentId(student),
					new PublicationView("心力衰竭研究 " + i + " " + student, "中华心血管病杂志", "CORE", 1, true, "RESEARCH",
							today.minusMonths(i), null));
		}
		closeWindow(today);
		// a master's qualification that ends within the warning months
		assertThat(
				this.imports
					.importRows("qualifications",
							List.of(Map.of("staff_no", staffNo, "kind", "MASTER_SUPERVISOR", "granted_on",
									today.minusYears(4).toString(), "valid_until", today.plusMonths(3).toString())))
					.errors())
			.isEmpty();
		String suffix = lang.startsWith("en") ? "en" : "zh";

		try (Browser browser = Browser.open(this.port)) {
			// the graduate school opens this year's window
			browser.logIn(grad, Fixtures.PASSWORD).go("/qualifications/windows?lang=" + lang);
			WebElement row = browser.find("#window-" + today.getYear());
			setDate(browser, row.findElement(org.openqa.selenium.By.name("opensOn")),
					LocalDate.of(today.getYear(), 1, 1));
			setDate(browser, row.findElement(org.openqa.selenium.By.name("closesOn")), today.plusDays(30));
			submit(browser, "#window-" + today.getYear() + " button");
			assertThat(browser.find("#window-table").getText()).contains(String.valueOf(today.getYear()));
			assertWordsOnly(browser.text());
			shot(browser, "1-window-" + suffix);
			browser.logOut();

			// the supervisor records a grant and applies
			browser.logIn(supervisor, Fixtures.PASSWORD).go("/qualifications/mine?lang=" + lang);
			browser.find("#grant-form input[name=title]").sendKeys("国家自然科学基金面上项目");
			browser.find("#grant-form input[name=amount]").sendKeys("500000");
			setDate(browser, browser.find("#grant-form input[name=startOn]"), today.minusYears(1));
			setDate(browser, browser.find("#grant-form input[name=endOn]"), today.plusYears(2));
			submit(browser, "#add-grant");
			assertThat(browser.find("#qualification-grants").getText()).contains("国家自然科学基金面上项目");
			new Select(browser.find("#kind")).selectByValue("DOCTORAL_SUPERVISOR");
			new Select(browser.find("#type")).selectByValue("NEW");
			new Select(browser.find("#highestDegree")).selectByValue("DOCTORATE");
			browser.find("#teaching").sendKeys("主讲《临床研究方法》32 学时");
			assertWordsOnly(browser.text());
			assertThat(browser.find(".qualification-expiring").getText()).contains(today.plusMonths(3).toString());
			shot(browser, "2-apply-" + suffix);
			submit(browser, "#submit-application");
			assertThat(browser.find("#application-state").getText()).isEqualTo(words.submitted());
			long id = Long.parseLong(browser.currentPath().replaceAll("\\D+", " ").trim().split(" ")[0]);
			browser.logOut();

			// the graduate school checks: conditions met, training exam missing
			browser.logIn(grad, Fixtures.PASSWORD).go("/qualifications/applications/" + id + "?lang=" + lang);
			assertThat(browser.find("#qualification-conditions").getText()).contains(words.training())
				.doesNotContain(words.fundingUnmet());
			submit(browser, "#forward");
			assertThat(browser.find(".alert-danger").getText()).contains(words.trainingRequired());
			assertWordsOnly(browser.text());
			shot(browser, "3-conditions-" + suffix);
			setDate(browser, browser.find("#completedOn"), today.minusDays(3));
			browser.find("#examScore").sendKeys("88");
			submit(browser, "#record-training");
			submit(browser, "#forward");
			assertThat(browser.find("#application-state").getText()).isEqualTo(words.toCommittee());
			assertWordsOnly(browser.text());
			shot(browser, "4-training-forwarded-" + suffix);
			browser.logOut();

			// the committee votes
			browser.logIn(committee, Fixtures.PASSWORD).go("/qualifications/applications?lang=" + lang);
			assertThat(browser.find("#application-table").getText()).contains(staffNo);
			browser.go("/qualifications/applications/" + id + "/vote");
			setDate(browser, browser.find("#decidedOn"), today);
			browser.find("#votesFor").sendKeys("15");
			browser.find("#votesAgainst").sendKeys("2");
			browser.find("#votesAbstain").sendKeys("1");
			browser.find("#decisionNo").sendKeys("校学位〔" + today.getYear() + "〕" + id + "号");
			((JavascriptExecutor) browser.driver()).executeScript("arguments[0].click();", browser.find("#confirmed1"));
			assertWordsOnly(browser.text());
			shot(browser, "5-vote-" + suffix);
			submit(browser, "#record-vote");
			assertThat(browser.find("#application-state").getText()).isEqualTo(words.approved());
			assertThat(browser.find("#vote-record").getText()).contains("15", "校学位〔");
			assertWordsOnly(browser.text());
			shot(browser, "6-approved-" + suffix);
			browser.logOut();

			// the supervisor's own page shows the qualification granted
			browser.logIn(supervisor, Fixtures.PASSWORD).go("/qualifications/mine?lang=" + lang);
			String records = browser.find("#qualification-records").getText();
			assertThat(records).contains(today.plusYears(4).toString(), "校学位〔");
			assertThat(browser.text()).contains(words.validUntil());
			assertWordsOnly(browser.text());
			shot(browser, "7-granted-" + suffix);
		}
	}

	private void closeWindow(LocalDate today) {
		int year = today.getYear();
		Long version = this.review.windows()
			.stream()
			.filter((w) -> w.year() == year)
			.findFirst()
			.map(WindowView::version)
			.orElse(null);
		LocalDate first = LocalDate.of(year, 1, 1);
		this.review.setWindowAs(year, first, first, version, "test");
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
		Path file = browser.screenshot("qualification-" + name);
		try {
			Files.copy(file, Path.of("/tmp/helper-d-" + name + ".png"), StandardCopyOption.REPLACE_EXISTING);
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

	record Words(String submitted, String training, String trainingRequired, String toCommittee, String approved,
			String validUntil, String fundingUnmet) {
	}

}
