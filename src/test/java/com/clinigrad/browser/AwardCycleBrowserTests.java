package com.clinigrad.browser;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.clinigrad.accounts.Role;
import com.clinigrad.awards.EthicsCommand;
import com.clinigrad.awards.EthicsFile;
import com.clinigrad.awards.EthicsSource;
import com.clinigrad.awards.PaymentRolls;
import com.clinigrad.courses.CourseRecords;
import com.clinigrad.courses.GradeEntry;
import com.clinigrad.shared.SchoolTime;
import com.clinigrad.students.StudentStatus;
import com.clinigrad.support.Browser;
import com.clinigrad.support.EventsInFlight;
import com.clinigrad.support.Fixtures;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The full award cycle in a real browser, in Chinese and in English, on a program and
 * scheme of its own: the graduate school reads the scheme and the evaluation and starts
 * the selection (the ranking, the quota, the delayed student, the one who chose a delay
 * in a diversion case and the vetoed one excluded with their reasons); each hospital
 * office reviews its part; the graduate school approves and publishes; a student objects;
 * the office of the student's hospital upholds the objection and the student is told; the
 * graduate school makes the list final; finance downloads the payment roll and the xlsx,
 * read back with POI, carries the full bank account, the amount and the reference back to
 * the scheme, the award type and the list. No page shows a code.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class AwardCycleBrowserTests {

	static final Pattern CODE = Pattern.compile("\\b[A-Z]{2,}(?:_[A-Z]+)+\\b");

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	CourseRecords courses;

	@Autowired
	EthicsFile ethics;

	@Autowired
	PaymentRolls rolls;

	@Test
	void theFullCycleInChinese() throws Exception {
		walk("zh_CN", new Words("延期申请待批", "延期，不参加评选", "医德一票否决", "公示中", "最终名单", "异议已处理", "学业奖学金一等"));
	}

	@Test
	void theFullCycleInEnglish() throws Exception {
		walk("en", new Words("Delay requested", "Delayed: not ranked", "Ethics veto: not ranked", "In publicity",
				"Final", "was decided", "Academic scholarship, first class"));
	}

	private void walk(String lang, Words words) throws Exception {
		Fixtures fixtures = Fixtures.in(this.context);
		String suffix = lang.startsWith("en") ? "en" : "zh";
		String hospitalA = fixtures.hospital();
		String hospitalB = fixtures.hospital();
		String supervisorA = fixtures.supervisor(hospitalA);
		String best = fixtures.student(hospitalA, supervisorA);
		String second = fixtures.student(hospitalA, supervisorA);
		String objector = fixtures.student(hospitalA, supervisorA);
		String delayed = fixtures.student(hospitalA, supervisorA, StudentStatus.DELAYED);
		String vetoed = fixtures.student(hospitalA, supervisorA);
		String caseOpen = fixtures.student(hospitalA, supervisorA);
		String atB = fixtures.student(hospitalB, fixtures.supervisor(hospitalB));
		List<String> all = List.of(best, second, objector, delayed, vetoed, caseOpen, atB);
		Scheme scheme = scheme(fixtures, all);
		grades(fixtures, scheme, List.of(best, atB, second, objector, delayed, vetoed, caseOpen),
				List.of("95", "90", "80", "78", "99", "98", "100"));
		this.ethics.recordAs(vetoed,
				new EthicsCommand(SchoolTime.today().minusDays(20), EthicsSource.INCIDENT, "擅自修改病历记录", true, null),
				true, "医务处");
		// a delay chosen in the diversion case of a missing license, awaiting the
		// decision
		this.jdbc.sql("""
				insert into diversion_case (student_id, level, trigger_code, detail, options, status, student_choice,
				                            chosen_at)
				values (:s, 'CASE', 'NO_LICENSE', '第5学期末未取得执业医师资格证', 'TRANSFER_ACADEMIC,DELAY,WITHDRAWAL', 'CHOSEN',
				        'DELAY', now())
				on conflict (student_id, trigger_code) where status in ('OPEN', 'CHOSEN')
				do update set status = 'CHOSEN', student_choice = 'DELAY', chosen_at = excluded.chosen_at
				""").param("s", fixtures.studentId(caseOpen)).update();
		this.rolls.saveBankAccountAs(best, "中国工商银行", "6222 0210 1234 5678 901", "finance");
		this.rolls.saveBankAccountAs(objector, "招商银行", "6225 8801 2233 4455", "finance");

		String grad = fixtures.account(Role.GRAD_SCHOOL);
		String officeA = fixtures.account(Set.of(Role.HOSPITAL_OFFICE), hospitalA, null, null, null);
		String officeB = fixtures.account(Set.of(Role.HOSPITAL_OFFICE), hospitalB, null, null, null);
		String objectorLogin = fixtures.account(Set.of(Role.STUDENT), null, null, null, objector);
		String finance = fixtures.account(Role.FINANCE);

		try (Browser browser = Browser.open(this.port)) {
			// the graduate school: the scheme, the evaluation, the selection started
			browser.logIn(grad, Fixtures.PASSWORD).go("/awards/schemes/" + scheme.id() + "?lang=" + lang);
			assertThat(browser.find("#type-table").getText()).contains(words.award(), "40%");
			checked(browser, "cycle-1-scheme-" + suffix);
			submit(browser, "#open-evaluation");
			assertThat(browser.find("[data-student='" + best + "']").getText()).contains(best);
			assertThat(browser.text()).contains(words.delayCase(), words.veto());
			checked(browser, "cycle-2-evaluation-" + suffix);
			browser.go("/awards/schemes/" + scheme.id());
			submit(browser, "#start-round button");
			long round = this.jdbc.sql("select id from award_round where scheme_id = :s")
				.param("s", scheme.id())
				.query(Long.class)
				.single();
			// the ranking, the quota (40 % of 7, rounded half up: 3) and the exclusions
			assertThat(browser.find("#quota-table").getText()).contains("7", "3");
			String list = browser.find("#round-table").getText();
			assertThat(list).contains(words.delayCase(), words.delayed(), words.veto());
			assertThat(winners(round)).containsExactlyInAnyOrder(best, atB, second);
			checked(browser, "cycle-3-ranking-" + suffix);
			browser.logOut();

			// each hospital office reviews its part
			for (String office : List.of(officeA, officeB)) {
				browser.logIn(office, Fixtures.PASSWORD).go("/awards/rounds/" + round + "?lang=" + lang);
				if (office.equals(officeA)) {
					browser.find("#text").sendKeys("已核对本院学生成绩与排名");
					checked(browser, "cycle-4-hospital-review-" + suffix);
				}
				submit(browser, "#review-submit");
				assertThat(browser.find(".alert-success").getText()).isNotBlank();
				browser.logOut();
			}

			// the graduate school approves and publishes
			browser.logIn(grad, Fixtures.PASSWORD).go("/awards/rounds/" + round + "?lang=" + lang);
			((JavascriptExecutor) browser.driver()).executeScript("arguments[0].click();",
					browser.find("#approve-confirm"));
			submit(browser, "#approve-submit");
			setDate(browser, browser.find("#start"), SchoolTime.today());
			setDate(browser, browser.find("#end"), SchoolTime.today().plusDays(5));
			((JavascriptExecutor) browser.driver()).executeScript("arguments[0].click();",
					browser.find("#publish-confirm"));
			checked(browser, "cycle-5-school-approved-" + suffix);
			submit(browser, "#publish-submit");
			assertThat(browser.find("#round-state").getText()).contains(words.publicity());
			browser.logOut();

			// a student of the population objects
			browser.logIn(objectorLogin, Fixtures.PASSWORD).go("/awards/rounds/" + round + "?lang=" + lang);
			assertThat(browser.find("#round-table").getText()).contains(best);
			browser.find("#objection-form textarea").sendKeys("我的科研成果（SCI论文）已被接收，未计入综合测评");
			checked(browser, "cycle-6-objection-" + suffix);
			submit(browser, "#objection-form button[type='submit']");
			assertThat(browser.find(".alert-success").getText()).isNotBlank();
			browser.logOut();

			// the office of the student's hospital upholds it
			long objection = this.jdbc.sql("select id from award_objection where round_id = :r")
				.param("r", round)
				.query(Long.class)
				.single();
			browser.logIn(officeA, Fixtures.PASSWORD).go("/awards/rounds/" + round + "?lang=" + lang);
			new Select(browser.find("#upheld-" + objection)).selectByValue("true");
			new Select(browser.find("#award-" + objection)).selectByValue(String.valueOf(scheme.typeId()));
			browser.find("#note-" + objection).sendKeys("科研成果经核实后补录，综合测评名次进入名额");
			checked(browser, "cycle-7-objection-decision-" + suffix);
			submit(browser, "#decide-submit-" + objection);
			assertThat(winners(round)).contains(objector);
			assertThat(browser.find("#change-list").getText()).contains("科研成果经核实后补录");
			browser.logOut();
			// the student is told
			EventsInFlight.awaitNone(this.jdbc, Duration.ofSeconds(20));
			browser.logIn(objectorLogin, Fixtures.PASSWORD).go("/inbox?lang=" + lang);
			assertThat(browser.text()).contains(words.told());
			checked(browser, "cycle-8-student-told-" + suffix);
			browser.logOut();

			// the final list
			browser.logIn(grad, Fixtures.PASSWORD).go("/awards/rounds/" + round + "?lang=" + lang);
			((JavascriptExecutor) browser.driver()).executeScript("arguments[0].click();",
					browser.find("#finalise-confirm"));
			submit(browser, "#finalise-submit");
			assertThat(browser.find("#round-state").getText()).contains(words.finalList());
			checked(browser, "cycle-9-final-" + suffix);
			browser.logOut();

			// finance: the payment roll and its xlsx
			browser.logIn(finance, Fixtures.PASSWORD).go("/awards/rolls/lists/" + round + "?lang=" + lang);
			assertThat(browser.find("#roll-table").getText()).contains(best, objector, "6222021012345678901");
			checked(browser, "cycle-10-roll-" + suffix);
			String href = browser.find("#roll-table-xlsx").getAttribute("href");
			List<List<String>> rows = xlsx(browser, href);
			List<String> header = rows.get(0);
			List<String> bestRow = rows.stream().filter((r) -> r.contains(best)).findFirst().orElseThrow();
			assertThat(rows.stream().filter((r) -> r.contains(objector))).hasSize(1);
			assertThat(bestRow.get(header.indexOf(column(header, lang, "银行账号", "Bank account"))))
				.isEqualTo("6222021012345678901");
			assertThat(new BigDecimal(bestRow.get(header.indexOf(column(header, lang, "金额", "Amount")))))
				.isEqualByComparingTo("10000");
			assertThat(bestRow).contains("S" + scheme.id() + "-T" + scheme.typeId() + "-R" + round);
			assertThat(rows.stream().flatMap(List::stream)).doesNotContain(delayed, vetoed, caseOpen);
		}
	}

	private record Scheme(long id, long typeId) {
	}

	private Scheme scheme(Fixtures fixtures, List<String> students) {
		String program = fixtures.unique("P");
		this.jdbc
			.sql("""
					insert into program (code, name, name_en, degree_type, university, university_en, discipline_code,
					                     standard_years)
					select :p, name || '（' || :p || '）', name_en || ' (' || :p || ')', degree_type, university, university_en,
					       discipline_code, standard_years
					from program where code = 'PUMC-PRO-MASTER'
					""")
			.param("p", program)
			.update();
		this.jdbc.sql("update student set program_code = :p where student_no in (:nos)")
			.param("p", program)
			.param("nos", students)
			.update();
		int year = this.jdbc.sql("""
				select min(y) from generate_series(2030, 2100) y
				where not exists (select 1 from award_scheme s where s.university = 'PUMC' and s.year = y)
				""").query(Integer.class).single();
		long pumc = this.jdbc.sql("select id from award_scheme where university = 'PUMC' and year = 2026")
			.query(Long.class)
			.single();
		long id = this.jdbc.sql("""
				insert into award_scheme (university, year, name, name_en, program_codes, quota_rounding, tie_break,
				                          veto_months)
				values ('PUMC', :y, '浏览器评选方案', 'Browser selection scheme', :p, 'HALF_UP', 'RESEARCH', 12) returning id
				""").param("y", year).param("p", program).query(Long.class).single();
		this.jdbc.sql("""
				insert into award_component (scheme_id, code, position, weight, params)
				select :s, code, position, weight, params from award_component where scheme_id = :pumc
				""").param("s", id).param("pumc", pumc).update();
		long type = this.jdbc.sql("""
				insert into award_type (scheme_id, position, kind, award_class, name, name_en, amount, unit,
				                        degree_types, allocation, quota_ratio)
				values (:s, 1, 'ACADEMIC_SCHOLARSHIP', 1, '学业奖学金一等', 'Academic scholarship, first class', 10000,
				        'ONE_OFF', 'PRO_MASTER', 'RANKED', 0.40) returning id
				""").param("s", id).query(Long.class).single();
		return new Scheme(id, type);
	}

	private void grades(Fixtures fixtures, Scheme scheme, List<String> students, List<String> scores) {
		String course = fixtures.unique("BC");
		this.jdbc.sql("""
				insert into course (code, name, name_en, category, credits)
				values (:c, '临床流行病学', 'Clinical epidemiology', 'PUBLIC_REQUIRED', 2)
				""").param("c", course).update();
		long courseId = fixtures.courseId(course);
		List<GradeEntry> entries = new ArrayList<>();
		for (int i = 0; i < students.size(); i++) {
			entries.add(new GradeEntry(fixtures.studentId(students.get(i)), courseId, "2025-1", 1,
					new BigDecimal(scores.get(i)), null));
		}
		this.courses.upsertGrades(entries);
	}

	private List<String> winners(long round) {
		return this.jdbc.sql("select student_no from award_list_line where round_id = :r and award_type_id is not null")
			.param("r", round)
			.query(String.class)
			.list();
	}

	private static String column(List<String> header, String lang, String zh, String en) {
		String wanted = lang.startsWith("en") ? en : zh;
		return header.stream().filter((h) -> h.contains(wanted)).findFirst().orElseThrow();
	}

	/**
	 * Downloads the file as the signed-in browser would (its cookies: the session, the
	 * language) and reads the first sheet.
	 */
	private List<List<String>> xlsx(Browser browser, String href) throws Exception {
		String cookies = browser.driver()
			.manage()
			.getCookies()
			.stream()
			.map((Cookie c) -> c.getName() + "=" + c.getValue())
			.collect(java.util.stream.Collectors.joining("; "));
		HttpResponse<byte[]> response = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create(href)).header("Cookie", cookies).build(),
					HttpResponse.BodyHandlers.ofByteArray());
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type").orElse("")).contains("spreadsheetml");
		List<List<String>> rows = new ArrayList<>();
		DataFormatter formatter = new DataFormatter();
		try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(response.body()))) {
			Sheet sheet = workbook.getSheetAt(0);
			for (Row row : sheet) {
				List<String> cells = new ArrayList<>();
				row.forEach((cell) -> cells.add(formatter.formatCellValue(cell)));
				rows.add(cells);
			}
		}
		return rows;
	}

	private static void checked(Browser browser, String name) {
		String text = browser.text();
		Matcher code = CODE.matcher(text);
		assertThat(code.find()).as("a code on the page: %s", code.find(0) ? code.group() : "").isFalse();
		assertThat(browser.driver().findElements(By.cssSelector(".alert-danger"))).isEmpty();
		browser.screenshot("awards-" + name);
	}

	private static void setDate(Browser browser, WebElement input, LocalDate date) {
		((JavascriptExecutor) browser.driver()).executeScript("arguments[0].value = arguments[1];", input,
				date.toString());
	}

	private static void submit(Browser browser, String css) {
		WebElement page = browser.find("body");
		((JavascriptExecutor) browser.driver())
			.executeScript("arguments[0].scrollIntoView({block: 'center'}); arguments[0].click();", browser.find(css));
		Browser.awaitGone(browser.driver(), page, Duration.ofSeconds(20));
	}

	record Words(String delayCase, String delayed, String veto, String publicity, String finalList, String told,
			String award) {
	}

}
