package com.clinigrad.browser;

import java.io.IOException;

import com.clinigrad.accounts.Role;
import com.clinigrad.support.Browser;
import com.clinigrad.support.Fixtures;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The admissions office in a real browser: the year's applicants with their figures, an
 * admitted applicant enrolled from the admission, and the supervisor figures with the
 * chart drawn from the table, in Chinese and in English. Screenshots of each.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class AdmissionsBrowserTests {

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theOfficeEnrollsAnAdmittedApplicantAndReadsTheSupervisorFigures() throws IOException {
		Fixtures fixtures = Fixtures.in(this.context);
		String hospital = fixtures.hospital();
		String supervisor = fixtures.supervisor(hospital);
		String staff = fixtures.account(Role.GRAD_SCHOOL);
		String applicant = fixtures.unique("A");
		for (String[] row : new String[][] { { applicant, "周录取", "true", "EXEMPT", "OWN", "" },
				{ fixtures.unique("A"), "吴落选", "false", "EXAM", "OTHER", "山东大学" },
				{ fixtures.unique("A"), "郑第二", "true", "EXAM", "OTHER", "中南大学" } }) {
			this.jdbc
				.sql("""
						insert into admission (year, applicant_no, name, program_code, discipline_code, admission_type,
						    source_school, source_school_name, first_choice, admitted, recorded_by)
						values (2069, :no, :name, 'PUMC-PRO-MASTER', '105101', :type, :source, :school, true, :admitted, 'test')""")
				.param("no", row[0])
				.param("name", row[1])
				.param("admitted", Boolean.parseBoolean(row[2]))
				.param("type", row[3])
				.param("source", row[4])
				.param("school", row[5].isEmpty() ? null : row[5])
				.update();
		}
		String studentNo = fixtures.unique("M");
		try (Browser browser = Browser.open(this.port)) {
			browser.logIn(staff, Fixtures.PASSWORD).go("/admissions?year=2069&lang=zh_CN");
			assertThat(browser.find("#admission-figures").getText()).contains("报考人数").contains("3").contains("待建立学籍");
			assertThat(browser.find("#admission-table").getText()).contains("周录取")
				.contains("推荐免试")
				.contains("本校")
				.contains("山东大学");
			save(browser, "admissions-zh");
			browser.find(".enroll-link").click();
			assertThat(browser.find("#admission-facts").getText()).contains("周录取").contains("2069");
			browser.find("#studentNo").sendKeys(studentNo);
			browser.find("#supervisorStaffNo").sendKeys(supervisor);
			save(browser, "enroll-zh");
			browser.find("#enroll").click();
			assertThat(browser.find("#admission-table").getText()).contains(studentNo);
			assertThat(browser.text()).contains(studentNo);

			browser.go("/admissions?year=2069&lang=en");
			assertThat(browser.find("#admission-table").getText()).contains("Recommended exemption")
				.contains("Own university");
			save(browser, "admissions-en");

			browser.go("/supervisors/figures?year=2026&lang=zh_CN");
			assertThat(browser.find("#title-age-table").getText()).contains("正高").contains("46–55岁").contains("合计");
			Object drawn = ((JavascriptExecutor) browser.driver())
				.executeScript("return Chart.getChart(document.getElementById('title-age-chart')) != null");
			assertThat(drawn).isEqualTo(true);
			assertThat(browser.securityPolicyViolations()).isEmpty();
			save(browser, "figures-zh");
			browser.go("/supervisors/figures?year=2026&lang=en");
			assertThat(browser.find("#title-age-table").getText()).contains("Total");
			save(browser, "figures-en");
		}
	}

	private static void save(Browser browser, String name) throws IOException {
		assertThat(browser.screenshot("admissions-" + name)).isNotEmptyFile();
	}

}
