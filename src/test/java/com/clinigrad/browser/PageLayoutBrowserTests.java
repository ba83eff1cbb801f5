package com.clinigrad.browser;

import java.util.List;

import com.clinigrad.accounts.Role;
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
 * Pages laid out for a 1400 px window in both languages: a page's buttons keep their
 * labels on one line (the group wraps instead), and the annual report's tables show every
 * column without a scroll bar and its charts a fixed height, whatever their width.
 * Screenshots {@code target/screenshots/layout-*.png}.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class PageLayoutBrowserTests {

	/** The buttons of the page title whose label takes more than one line. */
	private static final String WRAPPED_BUTTONS = """
			return Array.from(document.querySelectorAll('.cg-page-title .btn')).filter(function (b) {
			  var style = getComputedStyle(b);
			  var line = parseFloat(style.lineHeight) || parseFloat(style.fontSize) * 1.5;
			  var inner = b.clientHeight - parseFloat(style.paddingTop) - parseFloat(style.paddingBottom);
			  return inner > line * 1.5;
			}).map(function (b) { return b.innerText.trim(); });
			""";

	/** The report tables that scroll sideways, hiding columns. */
	private static final String SCROLLED_TABLES = """
			return Array.from(document.querySelectorAll('.cg-report-table .table-responsive')).filter(function (t) {
			  return t.scrollWidth > t.clientWidth + 1;
			}).map(function (t) { return t.parentElement.id; });
			""";

	/** The heights of the report's charts, in CSS pixels. */
	private static final String CHART_HEIGHTS = """
			return Array.from(document.querySelectorAll('.cg-report-table canvas')).map(function (c) {
			  return Math.round(c.getBoundingClientRect().height);
			});
			""";

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Test
	void theStudentPagesButtonsKeepTheirLabelsOnOneLine() {
		Fixtures fixtures = Fixtures.in(this.context);
		String hospital = fixtures.hospital();
		String supervisor = fixtures.supervisor(hospital);
		String student = fixtures.doctoralStudent("TMU-PRO-DOCTOR", hospital, supervisor, null);
		try (Browser browser = Browser.open(this.port)) {
			browser.driver().manage().window().setSize(new Dimension(1400, 900));
			browser.logIn(fixtures.account(Role.GRAD_SCHOOL), Fixtures.PASSWORD);
			for (String lang : List.of("zh_CN", "en")) {
				browser.go("/students/" + student + "?lang=" + lang);
				browser.screenshot("layout-student-" + lang);
				assertThat(browser.find("#open-audit").isDisplayed()).isTrue();
				assertThat(run(browser, WRAPPED_BUTTONS)).as("buttons whose label wraps (%s)", lang).isEmpty();
			}
		}
	}

	@Test
	@SuppressWarnings("unchecked")
	void theAnnualReportsTablesShowEveryColumnAndItsChartsKeepTheirHeight() {
		Fixtures fixtures = Fixtures.in(this.context);
		// a supervisor for the full-width chart of supervisors by title and age
		fixtures.supervisor(fixtures.hospital());
		try (Browser browser = Browser.open(this.port)) {
			browser.driver().manage().window().setSize(new Dimension(1400, 900));
			browser.logIn(fixtures.account(Role.GRAD_SCHOOL), Fixtures.PASSWORD);
			for (String lang : List.of("zh_CN", "en")) {
				browser.go("/reports/annual?year=2025&lang=" + lang);
				browser.screenshot("layout-report-" + lang);
				assertThat(browser.find("#table-students").isDisplayed()).isTrue();
				assertThat(run(browser, SCROLLED_TABLES)).as("report tables that scroll sideways (%s)", lang).isEmpty();
				List<Number> heights = (List<Number>) ((JavascriptExecutor) browser.driver())
					.executeScript(CHART_HEIGHTS);
				assertThat(heights).as("chart heights (%s)", lang)
					.isNotEmpty()
					.allSatisfy((height) -> assertThat(height.intValue()).isBetween(150, 400));
			}
		}
	}

	@SuppressWarnings("unchecked")
	private static List<String> run(Browser browser, String script) {
		return (List<String>) ((JavascriptExecutor) browser.driver()).executeScript(script);
	}

}
