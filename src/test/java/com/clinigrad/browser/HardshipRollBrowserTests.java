package com.clinigrad.browser;

import java.util.Set;
import java.util.regex.Pattern;

import com.clinigrad.accounts.Role;
import com.clinigrad.support.Browser;
import com.clinigrad.support.Fixtures;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The hardship grant roll, the tuition reduction list, the amounts per level on the award
 * type form and the funding history in a real browser, in Chinese and English: the pages
 * state who is on the list and why a recognised student is not, and show no code.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class HardshipRollBrowserTests {

	static final Pattern CODE = Pattern.compile("\\b[A-Z]{2,}(?:_[A-Z]+)+\\b");

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcClient jdbc;

	@Test
	void inChinese() {
		walk("zh_CN", "zh", "困难补助", "特别困难");
	}

	@Test
	void inEnglish() {
		walk("en", "en", "Who is on this list", "Special hardship");
	}

	private void walk(String lang, String suffix, String rules, String special) {
		Fixtures fixtures = Fixtures.in(this.context);
		String hospital = fixtures.hospital();
		String supervisor = fixtures.supervisor(hospital);
		String student = fixtures.doctoralStudent("TMU-PRO-DOCTOR", hospital, supervisor, null);
		long studentId = fixtures.studentId(student);
		this.jdbc.sql("""
				insert into hardship_application (student_id, year, requested_level, reasons, state, level, decided_at)
				values (:s, 2026, 'SPECIAL', '家庭收入低', 'RECOGNISED', 'SPECIAL', timestamptz '2026-11-20 10:00+08')
				""").param("s", studentId).update();
		this.jdbc.sql("""
				insert into student_bank_account (student_id, bank_name, account_no, updated_by)
				values (:s, '中国银行', '6217000055554444333', 'test')
				""").param("s", studentId).update();
		long scheme = this.jdbc.sql("select id from award_scheme where university = 'TMU' and year = 2026")
			.query(Long.class)
			.single();
		long grant = this.jdbc
			.sql("select id from award_type where scheme_id = :s and kind = 'HARDSHIP_GRANT' order by position limit 1")
			.param("s", scheme)
			.query(Long.class)
			.single();
		long reduction = this.jdbc.sql(
				"select id from award_type where scheme_id = :s and kind = 'TUITION_REDUCTION' order by position limit 1")
			.param("s", scheme)
			.query(Long.class)
			.single();
		String finance = fixtures.account(Role.FINANCE);
		String grad = fixtures.account(Role.GRAD_SCHOOL);
		String own = fixtures.account(Set.of(Role.STUDENT), null, null, null, student);
		try (Browser browser = Browser.open(this.port)) {
			browser.logIn(finance, Fixtures.PASSWORD).go("/awards/rolls?lang=" + lang);
			assertThat(browser.find("#roll-sources").getText()).contains(lang.startsWith("en") ? "hardship" : "困难");
			checked(browser, "hardship-roll-1-index-" + suffix);
			browser.go("/awards/rolls/hardship/" + scheme + "/" + grant + "?q=" + student + "&lang=" + lang);
			assertThat(browser.text()).contains(rules, "6217000055554444333", special);
			checked(browser, "hardship-roll-2-grant-" + suffix);
			browser.go("/awards/rolls/hardship/" + scheme + "/" + reduction + "?q=" + student + "&lang=" + lang);
			assertThat(browser.text()).contains("8000.00").doesNotContain("6217000055554444333");
			checked(browser, "hardship-roll-3-reduction-" + suffix);
			browser.logOut();

			browser.logIn(grad, Fixtures.PASSWORD)
				.go("/awards/schemes/" + scheme + "/types/" + grant + "?lang=" + lang);
			assertThat(browser.find("#level-amounts").getText()).contains(special);
			checked(browser, "hardship-roll-4-type-form-" + suffix);
			browser.logOut();

			browser.logIn(own, Fixtures.PASSWORD).go("/students/" + student + "/funding?lang=" + lang);
			assertThat(browser.find("#funding-hardship").getText()).contains("3000.00", "8000.00", special);
			checked(browser, "hardship-roll-5-funding-" + suffix);
		}
	}

	private static void checked(Browser browser, String name) {
		browser.screenshot(name);
		assertThat(CODE.matcher(browser.text()).find()).as(name + ": no code on the page").isFalse();
	}

}
