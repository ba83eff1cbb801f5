package com.clinigrad.browser;

import java.time.LocalDate;
import java.util.List;

import com.clinigrad.mentoring.MeetingCommand;
import com.clinigrad.mentoring.PeerMentoring;
import com.clinigrad.support.Browser;
import com.clinigrad.support.Fixtures;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.support.ui.Select;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Peer mentoring in a real browser: a hospital office pairs a doctoral student with two
 * junior master's students, the mentor's page shows the meetings without individual
 * answers, a mentee rates a meeting, and the office reads the answer, in Chinese and in
 * English. Screenshots go to target/screenshots.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class MentoringBrowserTests {

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Autowired
	PeerMentoring mentoring;

	@Test
	void anOfficePairsAMentorLogsAndAMenteeRates() {
		MentoringPeople people = MentoringPeople.create(this.context);

		long pairing;
		try (Browser browser = Browser.open(this.port).logIn(people.office(), Fixtures.PASSWORD)) {
			browser.go("/mentoring/new");
			new Select(browser.find("#term")).selectByValue(this.mentoring.currentTerm());
			browser.find("#mentorNo").sendKeys(people.doctor());
			browser.find("#menteeNos").sendKeys(people.a() + "，" + people.b());
			browser.screenshot("mentoring-new-zh");
			browser.find("#pair").click();
			assertThat(browser.find("#pairing-state").getText()).isEqualTo("进行中");
			pairing = Long.parseLong(browser.currentPath().replaceAll("\\D", ""));
		}
		this.mentoring.logMeetingAs(pairing,
				new MeetingCommand(LocalDate.now().minusDays(5), "如何准备开题报告", 90, people.mentees(), "布置文献阅读"));
		try (Browser browser = Browser.open(this.port).logIn(people.mentee(), Fixtures.PASSWORD)) {
			browser.go("/mentoring/mine");
			assertThat(browser.find("#my-mentor").getText()).contains(people.doctor());
			new Select(browser.find("form[id^=feedback-] select[name=score]")).selectByValue("5");
			browser.find("form[id^=feedback-] input[name=comment]").sendKeys("讲得很具体");
			browser.screenshot("mentoring-mine-mentee-zh");
			browser.find("form[id^=feedback-] button").click();
			assertThat(browser.find("#my-mentor").getText()).contains("已评 5 分");
		}
		try (Browser browser = Browser.open(this.port).logIn(people.mentor(), Fixtures.PASSWORD)) {
			browser.go("/mentoring/mine");
			browser.screenshot("mentoring-mine-mentor-zh");
			browser.go("/mentoring/" + pairing);
			assertThat(browser.text()).doesNotContain("讲得很具体");
			assertThat(browser.find("#pairing-average-hidden").isDisplayed()).isTrue();
			browser.screenshot("mentoring-pairing-mentor-zh");
			browser.go("/mentoring/mine?lang=en");
			assertThat(browser.find("#my-mentees").getText()).contains("My mentees");
			browser.screenshot("mentoring-mine-mentor-en");
		}
		try (Browser browser = Browser.open(this.port).logIn(people.office(), Fixtures.PASSWORD)) {
			browser.go("/mentoring/" + pairing);
			assertThat(browser.text()).contains("讲得很具体");
			browser.screenshot("mentoring-pairing-office-zh");
			browser.go("/mentoring?lang=en");
			assertThat(browser.text()).contains("Peer mentoring", people.doctor());
			browser.screenshot("mentoring-list-en");
			assertThat(browser.securityPolicyViolations()).isEmpty();
		}
	}

}
