package com.clinigrad.browser;

import java.io.IOException;
import java.time.Duration;
import java.time.YearMonth;
import java.util.Set;

import com.clinigrad.accounts.Role;
import com.clinigrad.organization.Organization;
import com.clinigrad.shared.SchoolTime;
import com.clinigrad.support.Browser;
import com.clinigrad.support.Fixtures;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A student's month view in a real browser, in Chinese and in English: the grid with the
 * rotation across the days, the exit exam, the mid-term and a holiday; previous and next
 * month; the list that replaces the grid on a phone; making the feed address. Screenshots
 * of each.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class CalendarBrowserTests {

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aStudentsMonthInBothLanguagesOnADeskAndOnAPhone() throws IOException {
		Fixtures fixtures = Fixtures.in(this.context);
		String hospital = fixtures.hospital();
		this.context.getBean(Organization.class).upsertDepartment(hospital, "D2", "呼吸内科", "呼吸系病", 40, null);
		String student = fixtures.student(hospital, fixtures.supervisor(hospital));
		long studentId = fixtures.studentId(student);
		String login = fixtures.account(Set.of(Role.STUDENT), null, null, null, student);
		YearMonth month = YearMonth.from(SchoolTime.today());
		rotation(studentId, hospital, "D1", month.minusMonths(1).atDay(2), month.atDay(13));
		rotation(studentId, hospital, "D2", month.atDay(15), month.plusMonths(1).atDay(20));
		this.jdbc.sql("""
				insert into milestone_session (student_id, type, scheduled_on, place, created_by)
				values (:s, 'MIDTERM', :on, '教学楼 301', 'test')""")
			.param("s", studentId)
			.param("on", month.atDay(22))
			.update();
		// a holiday of this test only: other tests count working days in this month
		int holiday = this.jdbc.sql("""
				insert into school_calendar_day (day, kind, name, created_by) values (:d, 'HOLIDAY', '校庆日', 'test')
				on conflict do nothing""").param("d", month.atDay(10)).update();

		try (Browser browser = Browser.open(this.port)) {
			browser.logIn(login, Fixtures.PASSWORD).go("/calendar?lang=zh_CN");
			browser.find("#nav-calendar");
			assertThat(browser.find("#cal-month").getText())
				.isEqualTo(month.getYear() + "年" + month.getMonthValue() + "月");
			assertThat(browser.find("#cal-grid").getText()).contains("轮转：心内科")
				.contains("出科考核：心内科")
				.contains("轮转：呼吸内科")
				.contains("中期考核")
				.contains("校庆日")
				.contains("今天");
			assertThat(browser.find("#cal-legend").getText()).contains("轮转").contains("出科考核").contains("节假日");
			assertThat(browser.securityPolicyViolations()).isEmpty();
			save(browser, "month-zh");

			browser.go("/calendar?lang=en");
			assertThat(browser.find("#cal-grid").getText()).contains("Rotation: 心内科")
				.contains("Exit exam: 心内科")
				.contains("Mid-term assessment")
				.contains("Today");
			assertThat(browser.find("#cal-grid thead").getText()).contains("Mon").contains("Sun");
			save(browser, "month-en");

			click(browser, "#cal-next");
			waitFor(browser, "month=" + month.plusMonths(1));
			assertThat(browser.find("#cal-grid").getText()).contains("Rotation: 呼吸内科").contains("Exit exam: 呼吸内科");
			click(browser, "#cal-today");
			waitFor(browser, "month=" + month);
			assertThat(browser.find("#cal-month").getText())
				.isEqualTo(month.getMonth().getDisplayName(java.time.format.TextStyle.FULL, java.util.Locale.ENGLISH)
						+ " " + month.getYear());

			browser.driver().manage().window().setSize(new Dimension(430, 900));
			browser.go("/calendar?lang=zh_CN");
			assertThat(browser.find("#cal-grid").isDisplayed()).isFalse();
			assertThat(browser.find("#cal-list").getText()).contains("轮转：呼吸内科").contains("中期考核").contains("教学楼 301");
			save(browser, "list-zh");

			browser.driver().manage().window().setSize(new Dimension(1366, 900));
			browser.go("/calendar?lang=en");
			click(browser, "#feed-make");
			assertThat(browser.find("#feed-url").getAttribute("value"))
				.matches(".*/calendar/feed/[A-Za-z0-9_-]{43}\\.ics");
			assertThat(browser.find("#cal-feed").getText()).contains("Subscribe");
			save(browser, "feed-en");
		}
		finally {
			if (holiday == 1) {
				this.jdbc.sql("delete from school_calendar_day where day = :d and created_by = 'test'")
					.param("d", month.atDay(10))
					.update();
			}
		}
	}

	private void rotation(long studentId, String hospital, String department, java.time.LocalDate start,
			java.time.LocalDate end) {
		this.jdbc.sql("""
				insert into rotation (student_id, department_id, start_date, end_date, recorded_by)
				values (:s, (select d.id from department d join hospital h on h.id = d.hospital_id
				             where h.code = :h and d.code = :d), :start, :end, 'test')""")
			.param("s", studentId)
			.param("h", hospital)
			.param("d", department)
			.param("start", start)
			.param("end", end)
			.update();
	}

	private static void waitFor(Browser browser, String inUrl) {
		new WebDriverWait(browser.driver(), Duration.ofSeconds(10)).until(ExpectedConditions.urlContains(inUrl));
		assertThat(browser.currentPath()).contains(inUrl);
	}

	private static void click(Browser browser, String css) {
		((JavascriptExecutor) browser.driver())
			.executeScript("arguments[0].scrollIntoView({block: 'center'}); arguments[0].click();", browser.find(css));
	}

	private static void save(Browser browser, String name) throws IOException {
		assertThat(browser.screenshot("calendar-" + name)).isNotEmptyFile();
	}

}
