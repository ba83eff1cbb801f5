package com.clinigrad.browser;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import com.clinigrad.accounts.Role;
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
import org.springframework.jdbc.core.simple.JdbcClient;

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
	JdbcClient jdbc;

	@Autowired
	PeerMentoring mentoring;

	@Test
	void anOfficePairsAMentorLogsAndAMenteeRates() {
		Fixtures fixtures = Fixtures.in(this.context);
		String hospital = fixtures.hospital();
		String supervisor = fixtures.supervisor(hospital);
		String doctor = fixtures.doctoralStudent("TMU-PRO-DOCTOR", hospital, supervisor, null);
		String a = junior(fixtures, hospital, supervisor);
		String b = junior(fixtures, hospital, supervisor);
		String office = fixtures.account(Set.of(Role.HOSPITAL_OFFICE), hospital, null, null, null);
		String mentor = fixtures.account(Set.of(Role.STUDENT), null, null, null, doctor);
		String mentee = fixtures.account(Set.of(Role.STUDENT), null, null, null, a);

		long pairing;
		try (Browser browser = Browser.open(this.port).logIn(office, Fixtures.PASSWORD)) {
			browser.go("/mentoring/new");
			new Select(browser.find("#term")).selectByValue(this.mentoring.currentTerm());
			browser.find("#mentorNo").sendKeys(doctor);
			browser.find("#menteeNos").sendKeys(a + "，" + b);
			browser.screenshot("mentoring-new-zh");
			browser.find("#pair").click();
			assertThat(browser.find("#pairing-state").getText()).isEqualTo("进行中");
			pairing = Long.parseLong(browser.currentPath().replaceAll("\\D", ""));
		}
		this.mentoring.logMeetingAs(pairing,
				new MeetingCommand(LocalDate.now().minusDays(5), "如何准备开题报告", 90, List.of(a, b), "布置文献阅读"));
		try (Browser browser = Browser.open(this.port).logIn(mentee, Fixtures.PASSWORD)) {
			browser.go("/mentoring/mine");
			assertThat(browser.find("#my-mentor").getText()).contains(doctor);
			new Select(browser.find("form[id^=feedback-] select[name=score]")).selectByValue("5");
			browser.find("form[id^=feedback-] input[name=comment]").sendKeys("讲得很具体");
			browser.screenshot("mentoring-mine-mentee-zh");
			browser.find("form[id^=feedback-] button").click();
			assertThat(browser.find("#my-mentor").getText()).contains("已评 5 分");
		}
		try (Browser browser = Browser.open(this.port).logIn(mentor, Fixtures.PASSWORD)) {
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
		try (Browser browser = Browser.open(this.port).logIn(office, Fixtures.PASSWORD)) {
			browser.go("/mentoring/" + pairing);
			assertThat(browser.text()).contains("讲得很具体");
			browser.screenshot("mentoring-pairing-office-zh");
			browser.go("/mentoring?lang=en");
			assertThat(browser.text()).contains("Peer mentoring", doctor);
			browser.screenshot("mentoring-list-en");
			assertThat(browser.securityPolicyViolations()).isEmpty();
		}
	}

	private String junior(Fixtures fixtures, String hospital, String supervisor) {
		String no = fixtures.student(hospital, supervisor);
		this.jdbc.sql("update student set cohort_year = :y where student_no = :no")
			.param("y", Integer.parseInt(this.mentoring.currentTerm().substring(0, 4)))
			.param("no", no)
			.update();
		return no;
	}

}
