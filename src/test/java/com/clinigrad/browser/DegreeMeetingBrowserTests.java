package com.clinigrad.browser;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.clinigrad.accounts.Role;
import com.clinigrad.shared.SchoolTime;
import com.clinigrad.support.Browser;
import com.clinigrad.support.DegreeCandidates;
import com.clinigrad.support.Fixtures;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The degree committee's secretary records a meeting in Chinese in a real browser: the
 * agenda, the one table with the running check of the quorum and of the majority of all
 * members, the confirmation and the record; no page shows a rule code or an English
 * status word. Then the same meeting in English. Screenshots of each page.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class DegreeMeetingBrowserTests {

	/** A rule code or enum constant as it would leak onto a page: MEDICAL_LICENSE. */
	static final Pattern CODE = Pattern.compile("\\b[A-Z]{2,}(?:_[A-Z]+)+\\b");

	/** Status words of the meeting and decision workflows, as their enum constants. */
	static final Pattern STATUS_WORD = Pattern.compile(
			"\\b(OPEN|VOTES_ENTERED|RECORDED|CANCELLED|AWARD|NOT_AWARD|AWARDED|PASS|FAIL|PENDING|true|false|null)\\b");

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theSecretaryRecordsAMeetingInChineseWithoutACodeOrAnEnglishStatusWord() {
		Fixtures fixtures = Fixtures.in(this.context);
		LocalDate defended = SchoolTime.today().minusDays(20);
		List<String> eligible = DegreeCandidates.in(this.context).eligible(3, defended);
		String ineligible = DegreeCandidates.in(this.context).ineligible(1, defended).get(0);
		List<String> agenda = new ArrayList<>(eligible);
		agenda.add(ineligible);
		String committee = fixtures.account(Role.DEGREE_COMMITTEE);

		try (Browser browser = Browser.open(this.port)) {
			browser.logIn(committee, Fixtures.PASSWORD).go("/degrees/meetings/new");
			// this test's candidates only: other tests' candidates stay off the agenda
			((JavascriptExecutor) browser.driver()).executeScript(
					"""
							var mine = arguments[0];
							document.querySelectorAll('input[name=students]').forEach(function (box) { box.checked = mine.indexOf(box.value) >= 0; });
							""",
					agenda);
			assertThat(browser.find("[data-candidate='" + ineligible + "']").getText()).contains("医师资格证书");
			assertWordsOnly(browser.text());
			browser.find("#membersTotal").sendKeys("21");
			submit(browser, "#create-meeting");

			// the running check: quorum, then each row's decision as it is typed
			browser.find("#membersPresent").sendKeys("12");
			assertThat(browser.find("#check-quorum").getText()).contains("到会 12 人，不足三分之二");
			browser.find("#membersPresent").clear();
			browser.find("#membersPresent").sendKeys("19");
			assertThat(browser.find("#check-quorum").getText()).contains("到会 19 人，达到三分之二");
			browser.find("#resolution").sendKeys("经学位评定委员会无记名投票表决，作出以下学位授予决定。");
			type(browser, eligible.get(0), "10", "6", "3");
			assertThat(decision(browser, eligible.get(0))).isEqualTo("不同意授予学位");
			type(browser, eligible.get(1), "15", "5", "1");
			assertThat(decision(browser, eligible.get(1))).contains("多于到会");
			assertThat(browser.find("#check-problems").getText()).contains("1 行票数多于到会人数");
			clear(browser, eligible.get(1));
			type(browser, eligible.get(1), "17", "1", "1");
			assertThat(decision(browser, eligible.get(1))).isEqualTo("同意授予学位");
			type(browser, eligible.get(2), "11", "4", "4");
			assertThat(decision(browser, eligible.get(2))).isEqualTo("同意授予学位");
			assertThat(browser.find("#check-progress").getText()).contains("已录入 3 / 3 名候选人");
			String row = browser.find("[data-candidate='" + ineligible + "']").getText();
			assertThat(row).contains("医师资格证书", "住院医师规范化培训合格证书", "不表决");
			assertThat(browser.driver()
				.findElements(org.openqa.selenium.By.cssSelector("[data-candidate='" + ineligible + "'] input")))
				.isEmpty();
			assertWordsOnly(browser.text());
			browser.screenshot("degree-meeting-1-votes-chinese");

			submit(browser, "#check-votes");
			String confirmation = browser.find("#confirm-table").getText();
			assertThat(confirmation).contains(eligible.get(0), "不同意授予学位", "同意授予学位");
			assertThat(browser.find("#confirm-not-voted").getText()).contains(ineligible, "医师资格证书");
			assertThat(browser.find("#confirm-consequence").getText()).contains("不能再修改");
			assertWordsOnly(browser.text());
			browser.screenshot("degree-meeting-2-confirm-chinese");

			submit(browser, "#record-meeting");
			assertThat(browser.find("#meeting-status").getText()).isEqualTo("已记录");
			assertThat(browser.find("#meeting-table [data-candidate='" + eligible.get(1) + "']").getText())
				.contains("同意授予学位");
			assertWordsOnly(browser.text());
			browser.screenshot("degree-meeting-3-recorded-chinese");
			assertThat(browser.securityPolicyViolations()).isEmpty();

			String meeting = browser.currentPath().replaceAll("\\D", "");
			browser.go("/degrees/meetings/" + meeting + "?lang=en");
			assertThat(browser.find("#meeting-status").getText()).isEqualTo("Recorded");
			assertThat(browser.text()).contains("Degree committee meeting", "Medical license", "degree not awarded");
			assertThat(CODE.matcher(browser.text()).find()).isFalse();
			browser.screenshot("degree-meeting-4-recorded-english");
			browser.go("/degrees?lang=zh_CN");
		}
		assertThat(this.jdbc
			.sql("""
					select count(*) from degree_decision d join student s on s.id = d.student_id where s.student_no in (:nos)
					""")
			.param("nos", agenda)
			.query(Integer.class)
			.single()).isEqualTo(3);
	}

	private static void assertWordsOnly(String text) {
		Matcher code = CODE.matcher(text);
		assertThat(code.find()).as("a code on the page: %s", code.find(0) ? code.group() : "").isFalse();
		Matcher status = STATUS_WORD.matcher(text);
		assertThat(status.find()).as("an English status word on the page: %s", status.find(0) ? status.group() : "")
			.isFalse();
	}

	private static void type(Browser browser, String student, String votesFor, String against, String abstain) {
		String row = "[data-candidate='" + student + "'] ";
		browser.find(row + ".cg-for").sendKeys(votesFor);
		browser.find(row + ".cg-against").sendKeys(against);
		browser.find(row + ".cg-abstain").sendKeys(abstain);
	}

	private static void clear(Browser browser, String student) {
		String row = "[data-candidate='" + student + "'] ";
		for (String field : List.of(".cg-for", ".cg-against", ".cg-abstain")) {
			browser.find(row + field).clear();
		}
	}

	private static String decision(Browser browser, String student) {
		return browser.find("[data-candidate='" + student + "'] .cg-decision").getText();
	}

	/**
	 * Clicks something that loads a new page and waits until the old one is gone.
	 */
	private static void submit(Browser browser, String css) {
		WebElement page = browser.find("body");
		((JavascriptExecutor) browser.driver())
			.executeScript("arguments[0].scrollIntoView({block: 'center'}); arguments[0].click();", browser.find(css));
		Browser.awaitGone(browser.driver(), page, Duration.ofSeconds(20));
	}

}
