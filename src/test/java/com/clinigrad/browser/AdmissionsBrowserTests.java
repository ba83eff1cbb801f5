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
			browser.driver()
				.findElement(org.openqa.selenium.By.cssSelector("#admission-table a[href*='/enroll']"))
				.click();
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

	@Test
	void theOfficeSetsTheEnrollmentPlanAndTheHomePageShowsTheAwards() throws IOException {
		Fixtures fixtures = Fixtures.in(this.context);
		String staff = fixtures.account(Role.GRAD_SCHOOL);
		int year = 2058;
		this.jdbc.sql("delete from admission_plan where year = :y").param("y", year).update();
		this.jdbc.sql("delete from admission where year = :y").param("y", year).update();
		String[][] rows = { { "105101", "true", "true" }, { "105101", "true", "false" }, { "105101", "false", "true" },
				{ "105101", "true", "true" }, { "105102", "true", "true" }, { "105103", "true", "false" } };
		int n = 0;
		for (String[] row : rows) {
			this.jdbc.sql("""
					insert into admission (year, applicant_no, name, program_code, discipline_code, admission_type,
					    source_school, first_choice, admitted, recorded_by)
					values (:y, :no, :name, 'PUMC-PRO-MASTER', :d, 'EXAM', 'OTHER', :first, :admitted, 'test')""")
				.param("y", year)
				.param("no", "PL" + (++n))
				.param("name", "考生" + n)
				.param("d", row[0])
				.param("admitted", Boolean.parseBoolean(row[1]))
				.param("first", Boolean.parseBoolean(row[2]))
				.update();
		}
		finalAwardList(fixtures);
		String hospital = fixtures.hospital();
		String supervisor = fixtures.supervisor(hospital);
		String[][] destinations = { { "HOSPITAL_TERTIARY", "北京协和医院", "北京" }, { "ABROAD", "约翰斯·霍普金斯大学", "境外" },
				{ "UNEMPLOYED", null, null } };
		for (String[] d : destinations) {
			this.jdbc.sql("""
					insert into employment (student_no, graduated_on, destination_kind, employer, region, recorded_by)
					values (:no, :on, :kind, :employer, :region, 'test')""")
				.param("no", fixtures.student(hospital, supervisor, com.clinigrad.students.StudentStatus.GRADUATED))
				.param("on", java.time.LocalDate.of(year, 6, 30))
				.param("kind", d[0])
				.param("employer", d[1])
				.param("region", d[2])
				.update();
		}
		try (Browser browser = Browser.open(this.port)) {
			browser.logIn(staff, Fixtures.PASSWORD).go("/admissions?year=" + year + "&lang=zh_CN");
			browser.find("#plan-link").click();
			assertThat(browser.find("#plan-table").getText()).contains("内科学").contains("未定");
			browser.driver()
				.findElement(org.openqa.selenium.By.cssSelector("tr[data-line='PUMC-PRO-MASTER/105101'] .edit-plan"))
				.click();
			browser.find("#planned").sendKeys("4");
			browser.clickToLoad("#save-plan");
			assertThat(browser.text()).contains("已保存");
			browser.driver()
				.findElement(org.openqa.selenium.By.cssSelector("tr[data-line='PUMC-PRO-MASTER/105101'] .edit-plan"))
				.click();
			browser.find("#planned").clear();
			browser.find("#planned").sendKeys("5");
			browser.find("#reason").sendKeys("教育部下达追加招生指标 1 名");
			browser.clickToLoad("#save-plan");
			browser.driver()
				.findElement(org.openqa.selenium.By.cssSelector("tr[data-line='PUMC-PRO-MASTER/105102'] .edit-plan"))
				.click();
			browser.find("#planned").sendKeys("2");
			browser.clickToLoad("#save-plan");
			assertThat(browser.find("#plan-table").getText()).contains("60.0%").contains("50.0%");
			assertThat(browser.find("#plan-history").getText()).contains("教育部下达追加招生指标").contains("新设");
			save(browser, "plan-zh");
			browser.go("/admissions/plan?year=" + year + "&lang=en");
			assertThat(browser.find("#plan-table").getText()).contains("Internal Medicine").contains("not set");
			save(browser, "plan-en");

			browser.go("/reports/annual?year=" + year + "&lang=zh_CN");
			assertThat(browser.find("#report-plan").getText()).contains("招生计划").contains("60.0%");
			browser.screenshot("admissions-report-plan-zh");

			browser.go("/employment?year=" + year + "&lang=zh_CN");
			assertThat(browser.find("#employment-table").getText()).contains("出国（境）").contains("境外");
			browser.screenshot("admissions-employment-zh");
			browser.go("/employment?year=" + year + "&kind=ABROAD&lang=en");
			assertThat(browser.find("#employment-table").getText()).doesNotContain("北京协和医院");
			browser.screenshot("admissions-employment-en");

			browser.go("/?lang=zh_CN");
			new org.openqa.selenium.support.ui.WebDriverWait(browser.driver(), java.time.Duration.ofSeconds(20))
				.until((d) -> !d.findElements(org.openqa.selenium.By.id("dash-awards")).isEmpty());
			browser.screenshot("admissions-home-awards-zh");
			browser.go("/?lang=en");
			new org.openqa.selenium.support.ui.WebDriverWait(browser.driver(), java.time.Duration.ofSeconds(20))
				.until((d) -> !d.findElements(org.openqa.selenium.By.id("dash-awards")).isEmpty());
			browser.screenshot("admissions-home-awards-en");
			assertThat(browser.securityPolicyViolations()).isEmpty();
		}
	}

	/** A final award list of this year with two winners of one award. */
	private void finalAwardList(Fixtures fixtures) {
		String hospital = fixtures.hospital();
		String supervisor = fixtures.supervisor(hospital);
		int year = com.clinigrad.shared.SchoolTime.today().getYear();
		long scheme = this.jdbc.sql("""
				insert into award_scheme (university, year, name, name_en, program_codes)
				values (:u, :y, '研究生学业奖学金', 'Academic scholarships', 'NONE-E') returning id""")
			.param("u", fixtures.unique("U"))
			.param("y", year)
			.query(Long.class)
			.single();
		long type = this.jdbc.sql("""
				insert into award_type (scheme_id, position, kind, award_class, name, name_en, amount, unit, allocation,
				                        quota_ratio)
				values (:s, 1, 'ACADEMIC_SCHOLARSHIP', 1, '学业奖学金一等', 'Academic scholarship, class 1', 10000,
				        'ONE_OFF', 'RANKED', 0.2) returning id""").param("s", scheme).query(Long.class).single();
		long round = this.jdbc.sql("""
				insert into award_round (scheme_id, as_of, state, created_by) values (:s, :d, 'FINAL', 'test')
				returning id""")
			.param("s", scheme)
			.param("d", java.time.LocalDate.of(year, 1, 1))
			.query(Long.class)
			.single();
		for (int i = 0; i < 2; i++) {
			this.jdbc
				.sql("""
						insert into award_list_line (round_id, student_id, student_no, student_name, quota_group, rank, total,
						                             award_type_id)
						select :r, id, student_no, name, 'g', 1, 90, :t from student where student_no = :no""")
				.param("r", round)
				.param("t", type)
				.param("no", fixtures.student(hospital, supervisor))
				.update();
		}
	}

	private static void save(Browser browser, String name) throws IOException {
		assertThat(browser.screenshot("admissions-" + name)).isNotEmptyFile();
	}

}
