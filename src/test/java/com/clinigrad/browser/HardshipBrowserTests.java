package com.clinigrad.browser;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.clinigrad.accounts.Role;
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

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Hardship recognition (家庭经济困难认定) in a real browser, in Chinese and in English: a Tianjin
 * doctoral student applies with an evidence file; the hospital office finds it in its
 * queue and passes it on; the graduate school recognises the special level; the student's
 * awards page shows the level and the hardship grant at that level. No page shows a code.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class HardshipBrowserTests {

	static final Pattern CODE = Pattern.compile("\\b[A-Z]{2,}(?:_[A-Z]+)+\\b");

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Test
	void recognitionInChinese() throws Exception {
		walk("zh_CN", "特别困难", "已认定为特别困难：3,000");
	}

	@Test
	void recognitionInEnglish() throws Exception {
		walk("en", "Special hardship", "Recognised as Special hardship: 3,000");
	}

	private void walk(String lang, String special, String grant) throws Exception {
		Fixtures fixtures = Fixtures.in(this.context);
		String hospital = fixtures.hospital();
		String student = fixtures.doctoralStudent("TMU-PRO-DOCTOR", hospital, fixtures.supervisor(hospital), null);
		String studentLogin = fixtures.account(Set.of(Role.STUDENT), null, null, null, student);
		String office = fixtures.account(Set.of(Role.HOSPITAL_OFFICE), hospital, null, null, null);
		String grad = fixtures.account(Role.GRAD_SCHOOL);
		String suffix = lang.startsWith("en") ? "en" : "zh";
		Path evidence = Files.createTempFile("hardship", ".pdf");
		Files.write(evidence, "%PDF-1.4 低保证明".getBytes());
		try (Browser browser = Browser.open(this.port)) {
			browser.logIn(studentLogin, Fixtures.PASSWORD).go("/students/" + student + "/awards?lang=" + lang);
			submit(browser, "#open-hardship");
			new Select(browser.find("#level")).selectByValue("SPECIAL");
			browser.find("#reasons").sendKeys("单亲家庭，母亲下岗后无固定收入，家庭享受城市最低生活保障。");
			browser.find("#files").sendKeys(evidence.toString());
			((JavascriptExecutor) browser.driver()).executeScript("arguments[0].click();",
					browser.find("#hardship-confirm"));
			checked(browser, "hardship-1-apply-" + suffix);
			submit(browser, "#hardship-submit");
			assertThat(browser.find("#hardship-applications").getText()).contains("单亲家庭",
					evidence.getFileName().toString());
			checked(browser, "hardship-2-applied-" + suffix);
			browser.logOut();

			browser.logIn(office, Fixtures.PASSWORD).go("/awards/hardship?lang=" + lang);
			assertThat(browser.find("[data-student='" + student + "']").getText()).contains(special);
			checked(browser, "hardship-3-queue-" + suffix);
			browser.find("[data-student='" + student + "'] a").click();
			browser.find("#reason").sendKeys("材料齐全，情况属实");
			((JavascriptExecutor) browser.driver()).executeScript("arguments[0].click();",
					browser.find("#decision-confirm"));
			checked(browser, "hardship-4-review-" + suffix);
			submit(browser, "#decision-submit");
			assertThat(browser.find(".alert-success").getText()).isNotBlank();
			String path = browser.currentPath();
			browser.logOut();

			browser.logIn(grad, Fixtures.PASSWORD).go(path + "?lang=" + lang);
			browser.find("#reason").sendKeys("认定为特别困难");
			((JavascriptExecutor) browser.driver()).executeScript("arguments[0].click();",
					browser.find("#decision-confirm"));
			submit(browser, "#decision-submit");
			checked(browser, "hardship-5-recognised-" + suffix);
			browser.logOut();

			browser.logIn(studentLogin, Fixtures.PASSWORD).go("/students/" + student + "/awards?lang=" + lang);
			assertThat(browser.find("#hardship-levels").getText()).contains(special);
			assertThat(browser.find("#funding").getText()).contains(grant);
			checked(browser, "hardship-6-awards-" + suffix);
		}
		finally {
			Files.deleteIfExists(evidence);
		}
	}

	private static void checked(Browser browser, String name) {
		Matcher code = CODE.matcher(browser.text());
		assertThat(code.find()).as("a code on the page: %s", code.find(0) ? code.group() : "").isFalse();
		browser.screenshot("awards-" + name);
	}

	private static void submit(Browser browser, String css) {
		WebElement page = browser.find("body");
		((JavascriptExecutor) browser.driver())
			.executeScript("arguments[0].scrollIntoView({block: 'center'}); arguments[0].click();", browser.find(css));
		Browser.awaitGone(browser.driver(), page, Duration.ofSeconds(20));
	}

}
