package com.clinigrad.browser;

import java.time.LocalDate;
import java.util.List;

import com.clinigrad.mentoring.MeetingCommand;
import com.clinigrad.mentoring.PeerMentoring;
import com.clinigrad.support.Browser;
import com.clinigrad.support.Fixtures;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The mentoring pages on a phone (390 px wide), in Chinese and in English: nothing wider
 * than the screen (no sideways scrolling of the page), the forms' fields as wide as the
 * screen. Screenshots go to target/screenshots.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class MentoringPhoneBrowserTests {

	private static final int PHONE = 390;

	/** A table column that shows at least six Chinese characters of 16 px a line. */
	private static final int READABLE = 100;

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Autowired
	PeerMentoring mentoring;

	@Test
	void theMentoringPagesFitAPhoneInBothLanguages() {
		MentoringPeople people = MentoringPeople.create(this.context);
		long pairing = this.mentoring.pairAs(this.mentoring.currentTerm(), people.doctor(), people.mentees(),
				people.office());
		this.mentoring.logMeetingAs(pairing, new MeetingCommand(LocalDate.now().minusDays(5),
				"如何准备开题报告：文献检索、研究设计与伦理审查的常见问题", 90, people.mentees(), "布置文献阅读"));

		for (String lang : List.of("zh", "en")) {
			try (Browser browser = phone(people.office())) {
				fits(browser, "/mentoring/new?lang=" + lang, "mentoring-phone-new-" + lang);
				assertThat(browser.find("#mentorNo").getSize().getWidth()).isGreaterThan(PHONE / 2);
				oneLine(browser, ".cg-page-title a.btn");
				fits(browser, "/mentoring/" + pairing + "?lang=" + lang, "mentoring-phone-pairing-office-" + lang);
				tablesFit(browser);
				assertThat(browser.find("#meetings tbody td:nth-child(2)").getSize().getWidth())
					.isGreaterThan(PHONE / 3);
				assertThat(browser.find("#meetings tbody td:nth-child(2)").getText()).contains("90");
				fits(browser, "/mentoring?lang=" + lang, "mentoring-phone-list-" + lang);
				oneLine(browser, "#new-pairing");
			}
			try (Browser browser = phone(people.mentor())) {
				fits(browser, "/mentoring/" + pairing + "?lang=" + lang, "mentoring-phone-meeting-form-" + lang);
				assertThat(browser.find("#topic").getSize().getWidth()).isGreaterThan(PHONE / 2);
				tablesFit(browser);
				fits(browser, "/mentoring/mine?lang=" + lang, "mentoring-phone-mine-mentor-" + lang);
			}
			try (Browser browser = phone(people.mentee())) {
				fits(browser, "/mentoring/mine?lang=" + lang, "mentoring-phone-mine-mentee-" + lang);
				assertThat(browser.find("form[id^=feedback-] input[name=comment]").getSize().getWidth())
					.isGreaterThan(PHONE / 3);
				tablesFit(browser);
				assertThat(browser.find(".mentee-meetings tbody td:nth-child(2)").getSize().getWidth())
					.isGreaterThan(READABLE);
			}
		}
	}

	private Browser phone(String username) {
		Browser browser = Browser.open(this.port).logIn(username, Fixtures.PASSWORD);
		browser.driver().manage().window().setSize(new Dimension(PHONE, 1400));
		return browser;
	}

	/**
	 * Opens the page and asserts that it does not scroll sideways, then takes its
	 * picture.
	 */
	private static void fits(Browser browser, String path, String screenshot) {
		browser.go(path);
		browser.find("main, section");
		JavascriptExecutor js = (JavascriptExecutor) browser.driver();
		long viewport = ((Number) js.executeScript("return document.documentElement.clientWidth")).longValue();
		long content = ((Number) js.executeScript("return document.documentElement.scrollWidth")).longValue();
		browser.screenshot(screenshot);
		assertThat(viewport).as("phone width").isLessThanOrEqualTo(PHONE);
		assertThat(content).as(path + " scrolls sideways").isLessThanOrEqualTo(viewport);
	}

	/**
	 * No table of the page scrolls sideways inside its box.
	 */
	private static void tablesFit(Browser browser) {
		Object wider = ((JavascriptExecutor) browser.driver()).executeScript("""
				return Array.from(document.querySelectorAll('.table-responsive'))
				  .filter((e) => e.scrollWidth > e.clientWidth).length""");
		assertThat(((Number) wider).intValue()).as("tables scrolling sideways").isZero();
	}

	/**
	 * The button's words stay on one line (not broken into a column of characters).
	 */
	private static void oneLine(Browser browser, String css) {
		assertThat(browser.find(css).getSize().getHeight()).as(css + " height").isLessThan(40);
	}

}
