package com.clinigrad.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
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
import com.clinigrad.supervisors.QualificationRegister;
import com.clinigrad.supervisors.QualificationRegister.GrantCommand;
import com.clinigrad.supervisors.SupervisorCommand;
import com.clinigrad.supervisors.SupervisorDirectory;
import com.clinigrad.supervisors.TitleLevel;
import com.clinigrad.support.Browser;
import com.clinigrad.support.Fixtures;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
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
 * The enrollment selection in a real browser, once in Chinese and once in English, after
 * the qualification year (the qualification granted, imported here): the graduate school
 * starts the selection, reads a score explained down to its records, sets the places,
 * records an ethics veto; the supervisor sees the suspension and appeals; the degree
 * committee lifts it; the graduate school publishes; the supervisor reads their score and
 * places. No page shows a code. Screenshots go to {@code /tmp/a-shots/}.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class SelectionBrowserTests {

	static final Pattern CODE = Pattern.compile("\\b[A-Z]{2,}(?:_[A-Z]+)+\\b");

	static final Pattern STATUS_WORD = Pattern
		.compile("\\b(DRAFT|PUBLISHED|SUBMITTED|LIFTED|UPHELD|DERIVED|RECORDED|MASTER|DOCTORAL|true|false|null)\\b");

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Autowired
	SupervisorDirectory directory;

	@Autowired
	QualificationRegister register;

	@Autowired
	AchievementRecords achievements;

	@Autowired
	ImportService imports;

	@Test
	void theSelectionInChinese() {
		walk("zh_CN", 2081,
				new Words("草稿（未公布）", "得分说明", "列入医德负面清单（一票否决）", "申诉待决定", "申诉成立，已撤销暂停", "已公布", "经费：国家自然科学基金重点项目"));
	}

	@Test
	void theSelectionInEnglish() {
		walk("en", 2082,
				new Words("Draft (not published)", "Score explained",
						"On the medical-ethics negative list (one-vote veto)", "Appeal waiting for a decision",
						"Appeal granted, suspension lifted", "Published", "Grant: 国家自然科学基金重点项目"));
	}

	private void walk(String lang, int year, Words words) {
		Fixtures fixtures = Fixtures.in(this.context);
		String hospital = fixtures.hospital();
		// the selection of the year is held in June of the year before (the intake's):
		// the
		// supervisor's records as of then
		LocalDate selectionDay = LocalDate.of(year - 1, 6, 30);
		String staffNo = fixtures.unique("S");
		this.directory.upsert(new SupervisorCommand(staffNo, "林" + staffNo, TitleLevel.FULL_SENIOR, true, true, null,
				hospital, false, 1971, null, "105101"));
		assertThat(this.imports.importRows("qualifications",
				List.of(Map.of("staff_no", staffNo, "kind", "DOCTORAL_SUPERVISOR", "granted_on",
						selectionDay.minusYears(3).toString(), "valid_until", selectionDay.plusYears(1).toString())))
			.errors()).isEmpty();
		this.register.addGrantAs(staffNo, new GrantCommand("国家自然科学基金重点项目", new BigDecimal("2400000"),
				selectionDay.minusYears(1), selectionDay.plusYears(3)), "test");
		String student = fixtures.student(hospital, staffNo);
		for (int i = 0; i < 6; i++) {
			this.achievements.upsertPublication(fixtures.studentId(student), new PublicationView("冠心病队列研究 " + i,
					"中华心血管病杂志", "CORE", 1, true, "RESEARCH", selectionDay.minusMonths(i + 1), null));
		}
		String supervisor = fixtures.account(Set.of(Role.SUPERVISOR), null, null, staffNo, null);
		String grad = fixtures.account(Role.GRAD_SCHOOL);
		String committee = fixtures.account(Role.DEGREE_COMMITTEE);
		String suffix = lang.startsWith("en") ? "en" : "zh";

		try (Browser browser = Browser.open(this.port)) {
			// the graduate school starts the selection of the year
			browser.logIn(grad, Fixtures.PASSWORD).go("/selection?lang=" + lang);
			((JavascriptExecutor) browser.driver()).executeScript("""
					const form = document.querySelector('#open-form') || document.querySelector('#open-another-form');
					form.querySelector('input[name=year]').value = arguments[0];
					form.querySelector('input[name=asOf]').value = arguments[1];
					""", String.valueOf(year), selectionDay.toString());
			submit(browser, "#open-form button, #open-another-form button");
			browser.go("/selection?year=" + year + "&q=" + staffNo);
			assertThat(browser.find("#round-state").getText()).isEqualTo(words.draft());
			assertThat(browser.find("#selection-table").getText()).contains(staffNo);
			browser.go("/selection?year=" + year + "&discipline=105101");
			assertWordsOnly(browser.text());
			shot(browser, "1-board-" + suffix);

			// the score explained down to its records
			browser.go("/selection/" + year + "/supervisors/" + staffNo);
			assertThat(browser.find("#score-explained").getText()).contains(words.explained(), words.grant(),
					"冠心病队列研究 0");
			assertWordsOnly(browser.text());
			shot(browser, "2-explained-" + suffix);

			// the places of the discipline's master's program
			browser.go("/selection/" + year + "/places");
			new Select(browser.find("#discipline")).selectByValue("105101");
			new Select(browser.find("#program")).selectByValue("PUMC-PRO-MASTER");
			browser.find("#places").sendKeys("3");
			submit(browser, "#set-places");
			assertThat(browser.find("#totals-table").getText()).contains("3");
			assertWordsOnly(browser.text());
			shot(browser, "3-places-" + suffix);
			browser.go("/selection/" + year + "/supervisors/" + staffNo);
			assertThat(browser.find("#places-allocated").getText()).doesNotContain(words.veto());

			// an ethics veto
			new Select(browser.find("#reason")).selectByValue("ETHICS_VETO");
			browser.find("#suspend-note").sendKeys("医德档案负面清单 " + year + " 年第 3 号通报");
			submit(browser, "#suspend");
			assertThat(browser.find("#suspensions").getText()).contains(words.veto());
			assertWordsOnly(browser.text());
			shot(browser, "4-veto-" + suffix);
			browser.logOut();

			// the supervisor sees it and appeals
			browser.logIn(supervisor, Fixtures.PASSWORD).go("/selection/mine?lang=" + lang);
			assertThat(browser.find("#my-suspensions").getText()).contains(words.veto());
			WebElement appeal = browser.find(".appeal-form");
			appeal.findElement(By.name("statement")).sendKeys("通报所涉事件系同名误录，附医务处更正说明。");
			submit(browser, ".appeal-form button");
			assertThat(browser.find("#my-suspensions").getText()).contains(words.appealPending());
			assertWordsOnly(browser.text());
			shot(browser, "5-appeal-" + suffix);
			browser.logOut();

			// the committee lifts the suspension
			browser.logIn(committee, Fixtures.PASSWORD)
				.go("/selection/" + year + "/supervisors/" + staffNo + "?lang=" + lang);
			browser.find(".decide-form textarea").sendKeys("经医务处复核，系同名误录。");
			submit(browser, ".decide-form button[value=LIFTED]");
			assertThat(browser.find("#suspensions").getText()).contains(words.lifted());
			assertWordsOnly(browser.text());
			shot(browser, "6-lifted-" + suffix);
			browser.logOut();

			// the graduate school publishes, confirming
			browser.logIn(grad, Fixtures.PASSWORD).go("/selection?year=" + year + "&lang=" + lang);
			((JavascriptExecutor) browser.driver()).executeScript("arguments[0].click();",
					browser.find("#publish-confirmed"));
			submit(browser, "#publish");
			assertThat(browser.find("#round-state").getText()).isEqualTo(words.published());
			shot(browser, "7-published-" + suffix);
			browser.logOut();

			// the supervisor reads their score and places
			browser.logIn(supervisor, Fixtures.PASSWORD).go("/selection/mine?lang=" + lang);
			assertThat(browser.find("#score-explained").getText()).contains(words.grant());
			assertThat(browser.find("#places-allocated").getText()).isNotBlank();
			assertThat(browser.find("#qualification-summary").getText()).isNotBlank();
			assertWordsOnly(browser.text());
			shot(browser, "8-mine-" + suffix);
		}
	}

	private static void assertWordsOnly(String text) {
		Matcher code = CODE.matcher(text);
		assertThat(code.find()).as("a code on the page: %s", code.find(0) ? code.group() : "").isFalse();
		Matcher status = STATUS_WORD.matcher(text);
		assertThat(status.find()).as("a status code on the page: %s", status.find(0) ? status.group() : "").isFalse();
	}

	private static void shot(Browser browser, String name) {
		Path file = browser.screenshot("selection-" + name);
		try {
			Files.createDirectories(Path.of("/tmp/a-shots"));
			Files.copy(file, Path.of("/tmp/a-shots/" + name + ".png"), StandardCopyOption.REPLACE_EXISTING);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void submit(Browser browser, String css) {
		WebElement page = browser.find("body");
		((JavascriptExecutor) browser.driver())
			.executeScript("arguments[0].scrollIntoView({block: 'center'}); arguments[0].click();", browser.find(css));
		Browser.awaitGone(browser.driver(), page, Duration.ofSeconds(30));
	}

	record Words(String draft, String explained, String veto, String appealPending, String lifted, String published,
			String grant) {
	}

}
