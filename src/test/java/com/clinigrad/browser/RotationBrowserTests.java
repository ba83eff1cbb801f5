package com.clinigrad.browser;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Set;

import com.clinigrad.accounts.Role;
import com.clinigrad.support.Browser;
import com.clinigrad.support.Fixtures;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The rotation path in a real browser: the hospital office generates a plan and schedules
 * a rotation, the department coordinator records the exit exam, the student's months that
 * count go up; screenshots of the timeline, the occupancy view and the assessment form.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class RotationBrowserTests {

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Test
	void officeSchedulesCoordinatorAssessesStudentMonthsGoUp() {
		Fixtures fixtures = Fixtures.in(this.context);
		String hospital = fixtures.hospital();
		String supervisor = fixtures.supervisor(hospital);
		String student = fixtures.student(hospital, supervisor);
		String office = fixtures.account(Set.of(Role.HOSPITAL_OFFICE), hospital, null, null, null);
		String coordinator = fixtures.account(Set.of(Role.DEPT_COORDINATOR), hospital, "D1", null, null);
		String studentLogin = fixtures.account(Set.of(Role.STUDENT), null, null, null, student);
		LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
		LocalDate start = today.minusMonths(3).withDayOfMonth(1);
		LocalDate end = today.withDayOfMonth(1).minusDays(1);

		try (Browser browser = Browser.open(this.port)) {
			browser.logIn(studentLogin, Fixtures.PASSWORD).go("/students/" + student + "/rotations");
			assertThat(browser.find("[data-rule=CLINICAL_MONTHS]").getText()).contains("0").contains("33");
			browser.logOut();

			browser.logIn(office, Fixtures.PASSWORD).go("/students/" + student + "/rotations");
			click(browser, "#generate-plan");
			assertThat(browser.find("#rotation-plan").getText()).contains("心血管病", "33");
			new Select(browser.find("#departmentId")).selectByIndex(1);
			date(browser, "startDate", start);
			date(browser, "endDate", end);
			click(browser, "#schedule-rotation");
			assertThat(browser.find("#rotation-table").getText()).contains("心内科", start.toString());
			browser.screenshot("rotation-timeline-office");
			browser.go("/rotations/occupancy?hospital=" + hospital + "&year=" + start.getYear());
			assertThat(browser.find("#occupancy-table [data-department=D1]").getText()).contains("1");
			browser.screenshot("rotation-occupancy");
			WebElement year = browser.find("#occupancy-filter #year");
			year.sendKeys(Keys.chord(Keys.CONTROL, "a"), String.valueOf(start.getYear() + 1), Keys.TAB);
			new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
				.until(ExpectedConditions.urlContains("year=" + (start.getYear() + 1)));
			assertThat(browser.securityPolicyViolations()).as("the filter submits itself without an inline handler")
				.isEmpty();
			browser.logOut();

			browser.logIn(coordinator, Fixtures.PASSWORD).go("/rotations/department");
			assertThat(browser.find("#trainee-table").getText()).contains(student);
			click(browser, "#trainee-table a[href$='/assess']");
			browser.find("#theoryScore").sendKeys("78");
			browser.find("#skillsScore").sendKeys("84");
			browser.find("#patientCare").sendKeys("7");
			click(browser, "#save-assessment");
			assertThat(browser.find("#assessment-history").getText()).contains("出科考核", "78");
			browser.screenshot("rotation-assessment");
			browser.logOut();

			browser.logIn(studentLogin, Fixtures.PASSWORD).go("/students/" + student + "/rotations");
			String months = browser.find("[data-rule=CLINICAL_MONTHS] .fs-4").getText();
			assertThat(months).startsWith("3");
			assertThat(browser.find("#assessments").getText()).contains("出科考核");
			browser.screenshot("rotation-timeline-student");
		}
	}

	private static void click(Browser browser, String css) {
		((JavascriptExecutor) browser.driver())
			.executeScript("arguments[0].scrollIntoView({block: 'center'}); arguments[0].click();", browser.find(css));
	}

	private static void date(Browser browser, String id, LocalDate value) {
		((JavascriptExecutor) browser.driver())
			.executeScript("document.getElementById(arguments[0]).value = arguments[1];", id, value.toString());
	}

}
