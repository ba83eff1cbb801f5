package com.clinigrad.browser;

import java.io.IOException;
import java.time.Duration;
import java.util.Set;

import com.clinigrad.accounts.Role;
import com.clinigrad.students.StudentStatus;
import com.clinigrad.support.Browser;
import com.clinigrad.support.Fixtures;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The annual report in a real browser: the tables with their charts drawn, a figure
 * followed down to its students, the page in Chinese and in English, and the hospital
 * office's dashboard on its home page. Screenshots of each.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class AnnualReportBrowserTests {

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Test
	void theGraduateSchoolReadsTheReportAndFollowsAFigureToItsStudents() throws IOException {
		Fixtures fixtures = Fixtures.in(this.context);
		String hospital = fixtures.hospital();
		String supervisor = fixtures.supervisor(hospital);
		String enrolled = fixtures.student(hospital, supervisor);
		String delayed = fixtures.student(hospital, supervisor, StudentStatus.DELAYED);
		String staff = fixtures.account(Role.GRAD_SCHOOL);
		String office = fixtures.account(Set.of(Role.HOSPITAL_OFFICE), hospital, null, null, null);
		try (Browser browser = Browser.open(this.port)) {
			browser.logIn(staff, Fixtures.PASSWORD).go("/reports/annual?year=2023&lang=zh_CN");
			assertThat(browser.find("h1").getText()).isEqualTo("2023 年度学位授权点建设报告");
			assertThat(browser.find("#table-students").getText()).contains("专业学位硕士").contains("合计");
			assertThat(browser.find("#report-awards").getText()).contains("奖助评选尚无最终名单");
			Object drawn = ((JavascriptExecutor) browser.driver()).executeScript(
					"return Chart.getChart(document.querySelector('canvas[data-chart-for=\"table-students\"]')) != null");
			assertThat(drawn).isEqualTo(true);
			assertThat(browser.securityPolicyViolations()).isEmpty();
			save(browser, "report-zh");

			browser.go("/reports/annual?year=2023&lang=en");
			assertThat(browser.find("h1").getText()).isEqualTo("Degree-program report 2023");
			assertThat(browser.find("#table-residencyExam").getText()).contains("Pass rate");
			save(browser, "report-en");

			browser.go("/reports/annual/students?year=2023&figure=students.delayed.PRO_MASTER&hospital=" + hospital
					+ "&lang=zh_CN");
			assertThat(browser.find("#figure-name").getText()).contains("在校生情况").contains("其中延期");
			assertThat(browser.text()).contains(delayed).doesNotContain(enrolled);
			save(browser, "drill-zh");

			browser.logOut().logIn(office, Fixtures.PASSWORD).go("/?lang=zh_CN");
			new WebDriverWait(browser.driver(), Duration.ofSeconds(20))
				.until((driver) -> !driver.findElements(By.cssSelector("#dash-passRate canvas")).isEmpty());
			new WebDriverWait(browser.driver(), Duration.ofSeconds(20))
				.until((driver) -> Boolean.TRUE.equals(((JavascriptExecutor) driver).executeScript(
						"return typeof Chart !== 'undefined' && Chart.getChart(document.querySelector('#dash-passRate canvas')) != null")));
			assertThat(browser.find("#dashboard-figures").getText()).contains("本院学生结业考核通过率")
				.contains("本月")
				.doesNotContain("各学位点学生状态");
			assertThat(browser.securityPolicyViolations()).isEmpty();
			save(browser, "dashboard-office-zh");
		}
	}

	private static void save(Browser browser, String name) throws IOException {
		assertThat(browser.screenshot("report-" + name)).isNotEmptyFile();
	}

}
