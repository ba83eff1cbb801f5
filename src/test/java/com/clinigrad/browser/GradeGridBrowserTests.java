package com.clinigrad.browser;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import com.clinigrad.accounts.Role;
import com.clinigrad.courses.CourseCatalog;
import com.clinigrad.courses.CourseCategory;
import com.clinigrad.courses.CourseRecords;
import com.clinigrad.courses.CourseView;
import com.clinigrad.courses.Grading;
import com.clinigrad.courses.OfferingCommand;
import com.clinigrad.support.Browser;
import com.clinigrad.support.Fixtures;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The grade grid in a real browser: a column pasted from Excel fills the cells downwards
 * from the focused one, a score with two decimals stays as typed and is marked, Enter
 * moves down, the toolbar counts; saved, submitted after the confirmation (then
 * read-only), reopened by the graduate school with a reason. Screenshots of the three
 * states.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class GradeGridBrowserTests {

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Test
	void aColumnPastedFromExcelFillsTheGridAndTheSheetIsSubmittedThenReopened() {
		Fixtures fixtures = Fixtures.in(this.context);
		String hospital = fixtures.hospital();
		String instructor = fixtures.supervisor(hospital);
		// in the grid's order (by student number)
		List<String> students = Stream
			.of(fixtures.student(hospital, instructor), fixtures.student(hospital, instructor),
					fixtures.student(hospital, instructor), fixtures.student(hospital, instructor))
			.sorted()
			.toList();
		String code = fixtures.unique("G");
		this.context.getBean(CourseRecords.class)
			.upsertCourse(new CourseView(code, "循证医学" + code, "Evidence-based medicine " + code,
					CourseCategory.DEGREE_REQUIRED, new BigDecimal("2"), 36, "中文"));
		CourseCatalog catalog = this.context.getBean(CourseCatalog.class);
		long offering = catalog.recordOffering(new OfferingCommand(code, "2024-1", instructor, 40, Grading.SCORE),
				"test");
		catalog.recordEnrollment(offering, students, "test");
		String teacher = fixtures.account(Set.of(Role.SUPERVISOR), null, null, instructor, null);
		String staff = fixtures.account(Role.GRAD_SCHOOL);
		String grid = "/courses/offerings/" + offering + "/grades";

		try (Browser browser = Browser.open(this.port)) {
			browser.logIn(teacher, Fixtures.PASSWORD).go(grid);
			WebElement firstCell = cell(browser, students.get(0));
			paste(browser, firstCell, "85\r\n72.5\r\n59.95\r\n");

			assertThat(cell(browser, students.get(0)).getAttribute("value")).isEqualTo("85");
			assertThat(cell(browser, students.get(1)).getAttribute("value")).isEqualTo("72.5");
			WebElement wrong = cell(browser, students.get(2));
			assertThat(wrong.getAttribute("value")).as("never rounded").isEqualTo("59.95");
			assertThat(wrong.getAttribute("class")).contains("is-invalid");
			assertThat(row(browser, students.get(2)).getText()).contains("最多一位小数");
			assertThat(cell(browser, students.get(3)).getAttribute("value")).isEmpty();
			assertThat(browser.find("#count-filled").getText()).isEqualTo("2");
			assertThat(browser.find("#count-empty").getText()).isEqualTo("1");
			assertThat(browser.find("#count-invalid").getText()).isEqualTo("1");
			assertThat(browser.find("#grid-unsaved").isDisplayed()).isTrue();
			browser.screenshot("grade-grid-pasted");

			wrong.sendKeys(Keys.chord(Keys.CONTROL, "a"), "58", Keys.ENTER);
			WebElement focused = browser.driver().switchTo().activeElement();
			assertThat(focused.getAttribute("name")).as("Enter moves down").isEqualTo("grade[" + students.get(3) + "]");
			focused.sendKeys("91", Keys.ENTER);
			assertThat(browser.find("#count-filled").getText()).isEqualTo("4");
			assertThat(browser.find("#count-invalid").getText()).isEqualTo("0");
			assertThat(cell(browser, students.get(2)).getAttribute("class")).contains("cg-failing");

			click(browser, "#save-grades");
			waitFor(browser, ".alert-success");
			assertThat(cell(browser, students.get(2)).getAttribute("value")).isEqualTo("58");
			assertThat(browser.find("#grid-unsaved").isDisplayed()).isFalse();
			browser.screenshot("grade-grid-open");

			click(browser, "#submit-grades");
			assertThat(browser.find("#submit-confirmation").getText()).contains("成绩锁定", "最终成绩", "预警");
			assertThat(browser.find("#summary-failing").getText()).isEqualTo("1");
			browser.screenshot("grade-grid-confirm");
			click(browser, "#confirm-submit");
			waitFor(browser, "#sheet-locked");
			assertThat(browser.find("#sheet-status").getText()).contains("已提交");
			assertThat(browser.driver().findElements(By.cssSelector("#grade-table .cg-cell"))).isEmpty();
			assertThat(row(browser, students.get(0)).getText()).contains("85");
			browser.screenshot("grade-grid-submitted");
			assertThat(browser.securityPolicyViolations()).as("no inline script or handler").isEmpty();
			browser.logOut();

			browser.logIn(staff, Fixtures.PASSWORD).go(grid);
			browser.find("#reason").sendKeys("任课教师申请更正：第 3 名学生的成绩录错");
			click(browser, "#reopen-sheet");
			waitFor(browser, "#sheet-reopened");
			browser.logOut();

			browser.logIn(teacher, Fixtures.PASSWORD).go(grid);
			assertThat(browser.find("#sheet-reopened").getText()).contains("第 3 名学生的成绩录错");
			assertThat(cell(browser, students.get(2)).isEnabled()).isTrue();
			browser.screenshot("grade-grid-reopened");
		}
	}

	private static WebElement cell(Browser browser, String studentNo) {
		return browser.find("#grade-table [name='grade[" + studentNo + "]']");
	}

	private static WebElement row(Browser browser, String studentNo) {
		return browser.find("#grade-table tr[data-student='" + studentNo + "']");
	}

	/**
	 * What Excel puts on the clipboard for a column, pasted into the focused cell.
	 */
	private static void paste(Browser browser, WebElement cell, String text) {
		((JavascriptExecutor) browser.driver()).executeScript(
				"""
						const cell = arguments[0];
						cell.focus();
						const data = new DataTransfer();
						data.setData('text/plain', arguments[1]);
						cell.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
						""",
				cell, text);
	}

	private static void click(Browser browser, String css) {
		((JavascriptExecutor) browser.driver())
			.executeScript("arguments[0].scrollIntoView({block: 'center'}); arguments[0].click();", browser.find(css));
	}

	private static void waitFor(Browser browser, String css) {
		new WebDriverWait(browser.driver(), Duration.ofSeconds(15))
			.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(css)));
	}

}
