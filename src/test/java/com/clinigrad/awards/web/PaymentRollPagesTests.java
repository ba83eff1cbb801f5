package com.clinigrad.awards.web;

import java.io.ByteArrayInputStream;

import com.clinigrad.accounts.Role;
import com.clinigrad.support.Fixtures;
import com.clinigrad.support.SentFromAPage;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The payment rolls through their pages: the Zhejiang monthly roll with a student paused
 * while delayed and paid again the month after the return, the bank account in full for
 * finance only, the one-off roll of a final list whose row names its scheme, award type
 * and list, the funding history, and who is refused.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(SentFromAPage.class)
class PaymentRollPagesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcClient jdbc;

	Fixtures fixtures;

	String hospital;

	String paid;

	String returned;

	long zju;

	@BeforeEach
	void setUp() {
		this.fixtures = Fixtures.in(this.context);
		this.hospital = this.fixtures.hospital();
		String supervisor = this.fixtures.supervisor(this.hospital);
		this.paid = this.fixtures.doctoralStudent("ZJU-DOCTOR", this.hospital, supervisor, null);
		this.returned = this.fixtures.doctoralStudent("ZJU-DOCTOR", this.hospital, supervisor, null);
		// delayed from 10 June, back on 15 September
		this.jdbc.sql("""
				insert into student_status_change (student_id, from_status, to_status, effective_on, reason, changed_by)
				values (:s, 'ENROLLED', 'DELAYED', date '2026-06-10', '延期', '教务处'),
				       (:s, 'DELAYED', 'ENROLLED', date '2026-09-15', '复学', '教务处')
				""").param("s", this.fixtures.studentId(this.returned)).update();
		this.jdbc.sql("""
				insert into student_bank_account (student_id, bank_name, account_no, updated_by)
				values (:s, '中国银行', '6217000011112222333', 'test')
				""").param("s", this.fixtures.studentId(this.paid)).update();
		this.zju = this.jdbc.sql("select id from award_scheme where university = 'ZJU' and year = 2026")
			.query(Long.class)
			.single();
	}

	@Test
	void theMonthlyRollPausesADelayedStudentAndPaysAgainAfterTheReturn() throws Exception {
		UserDetails finance = this.fixtures.login(Role.FINANCE);
		this.mvc
			.perform(get("/awards/rolls/monthly").with(user(finance))
				.param("scheme", String.valueOf(this.zju))
				.param("month", "2026-07")
				.param("q", this.paid)
				.param("lang", "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("data-student=\"" + this.paid + "\"")))
			.andExpect(content().string(not(containsString("data-student=\"" + this.returned + "\" class"))))
			.andExpect(content().string(containsString("6217000011112222333")))
			.andExpect(content().string(containsString("id=\"paused-list\"")))
			.andExpect(content().string(containsString("Paused: Delayed (since 2026-06-10)")));
		this.mvc
			.perform(get("/awards/rolls/monthly").with(user(finance))
				.param("scheme", String.valueOf(this.zju))
				.param("month", "2026-10")
				.param("q", this.returned))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("data-student=\"" + this.returned + "\"")))
			.andExpect(content().string(containsString("3500")));
		// the graduate school sees the account masked
		UserDetails grad = this.fixtures.login(Role.GRAD_SCHOOL);
		this.mvc
			.perform(get("/awards/rolls/monthly").with(user(grad))
				.param("scheme", String.valueOf(this.zju))
				.param("month", "2026-10")
				.param("q", this.paid))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("***************2333")))
			.andExpect(content().string(not(containsString("6217000011112222333"))));
	}

	@Test
	void aOneOffRollRowLinksBackToTheSchemeTheAwardAndTheFinalList() throws Exception {
		long type = this.jdbc.sql("""
				select id from award_type where scheme_id = :s and kind = 'NATIONAL_SCHOLARSHIP' order by position desc
				limit 1""").param("s", this.zju).query(Long.class).single();
		// a scheme of its own (one round per scheme), with the type copied
		long scheme = ownScheme("ZJU", 2040);
		long award = this.jdbc
			.sql("""
					insert into award_type (scheme_id, position, kind, name, name_en, amount, unit, degree_types, allocation)
					select :s, position, kind, name, name_en, amount, unit, degree_types, allocation from award_type
					where id = :t returning id
					""")
			.param("s", scheme)
			.param("t", type)
			.query(Long.class)
			.single();
		long round = this.jdbc
			.sql("""
					insert into award_round (scheme_id, as_of, state, created_by) values (:s, date '2026-10-01', 'FINAL', 'test')
					returning id
					""")
			.param("s", scheme)
			.query(Long.class)
			.single();
		this.jdbc.sql("""
				insert into award_list_line (round_id, student_id, student_no, student_name, hospital_code, quota_group,
				                             rank, total, award_type_id)
				values (:r, :s, :no, '博士生', :h, '2022 ZJU-DOCTOR', 1, 88.5, :t)
				""")
			.param("r", round)
			.param("s", this.fixtures.studentId(this.paid))
			.param("no", this.paid)
			.param("h", this.hospital)
			.param("t", award)
			.update();
		String reference = "S" + scheme + "-T" + award + "-R" + round;
		UserDetails finance = this.fixtures.login(Role.FINANCE);
		String list = "href=\"/awards/rounds/" + round + "\"";
		this.mvc.perform(get("/awards/rolls/lists/{r}", round).with(user(finance)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(reference)))
			.andExpect(content().string(containsString("30000")))
			// finance may not open the list itself, so the roll does not link to it
			.andExpect(content().string(not(containsString(list))));
		this.mvc.perform(get("/awards/rounds/{r}", round).with(user(finance))).andExpect(status().isNotFound());
		// the graduate school opens it from the roll
		UserDetails grad = this.fixtures.login(Role.GRAD_SCHOOL);
		this.mvc.perform(get("/awards/rolls/lists/{r}", round).with(user(grad)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(list)));
		this.mvc.perform(get("/awards/rounds/{r}", round).with(user(grad))).andExpect(status().isOk());
		byte[] file = this.mvc
			.perform(get("/awards/rolls/lists/{r}", round).with(user(finance)).param("export", "xlsx"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(file))) {
			Sheet sheet = workbook.getSheetAt(0);
			DataFormatter format = new DataFormatter();
			Row row = sheet.getRow(1);
			assertThat(format.formatCellValue(row.getCell(0))).isEqualTo(this.paid);
			assertThat(format.formatCellValue(row.getCell(3))).isEqualTo("6217000011112222333");
			assertThat(format.formatCellValue(row.getCell(5))).isEqualTo("30000");
			assertThat(format.formatCellValue(row.getCell(7))).isEqualTo(reference);
		}
		// the student's history shows the award of the final list
		UserDetails student = this.fixtures.studentLogin(this.paid);
		this.mvc.perform(get("/students/{no}/funding", this.paid).with(user(student)).param("lang", "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"funding-awards\"")))
			.andExpect(content().string(containsString("30000")))
			.andExpect(content().string(containsString("***************2333")));
	}

	@Test
	void theFinanceHomeListsThisMonthsRollsAndTheListsJustFinalisedForNoOtherRole() throws Exception {
		UserDetails finance = this.fixtures.login(Role.FINANCE);
		String before = home(finance);
		long rolls = count(before, "本月有 (\\d+) 份助学金发放表");
		long lists = count(before, "近一个月有 (\\d+) 份奖学金最终名单公布");
		// a scheme of this year whose stipend is paid every month, and a list just
		// finalised
		long thisYear = ownScheme("HOME", java.time.LocalDate.now().getYear());
		this.jdbc.sql("""
				insert into award_type (scheme_id, position, kind, name, name_en, amount, unit, months, allocation)
				values (:s, 1, 'STIPEND', '助学金', 'Stipend', 1000, 'PER_MONTH', 12, 'ALL_ELIGIBLE')
				""").param("s", thisYear).update();
		this.jdbc.sql("""
				insert into award_round (scheme_id, as_of, state, created_by, finalised_at)
				values (:s, date '2026-10-01', 'FINAL', 'test', now())
				""").param("s", ownScheme("ZJU", 2040)).update();
		String after = home(finance);
		assertThat(count(after, "本月有 (\\d+) 份助学金发放表")).isEqualTo(rolls + 1);
		assertThat(count(after, "近一个月有 (\\d+) 份奖学金最终名单公布")).isEqualTo(lists + 1);
		assertThat(after).contains("href=\"/awards/rolls\"");
		for (Role other : new Role[] { Role.GRAD_SCHOOL, Role.DEGREE_COMMITTEE, Role.ADMIN }) {
			assertThat(home(this.fixtures.login(other))).doesNotContain("task.rolls.");
		}
	}

	/**
	 * @return a new scheme of the university in the first year from {@code from} it has
	 * none
	 */
	private long ownScheme(String university, int from) {
		int year = this.jdbc.sql("""
				select min(y) from generate_series(:from, 2100) y
				where not exists (select 1 from award_scheme s where s.university = :u and s.year = y)
				""").param("from", from).param("u", university).query(Integer.class).single();
		return this.jdbc.sql("""
				insert into award_scheme (university, year, name, name_en, program_codes)
				values (:u, :y, '测试方案', 'Test scheme', 'ZJU-DOCTOR') returning id
				""").param("u", university).param("y", year).query(Long.class).single();
	}

	private String home(UserDetails who) throws Exception {
		return this.mvc.perform(get("/").with(user(who)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
	}

	private static long count(String home, String task) {
		java.util.regex.Matcher shown = java.util.regex.Pattern.compile(task).matcher(home);
		return shown.find() ? Long.parseLong(shown.group(1)) : 0;
	}

	@Test
	void aSchemeWithoutAFinalListSaysSoAndLinksToNoRoll() throws Exception {
		long scheme = ownScheme("ZJU", 2040);
		for (Role role : new Role[] { Role.FINANCE, Role.GRAD_SCHOOL }) {
			this.mvc.perform(get("/awards/rolls").with(user(this.fixtures.login(role))))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("data-scheme=\"" + scheme + "\"")))
				.andExpect(content().string(containsString("尚无最终名单")))
				.andExpect(content().string(not(containsString("/awards/rolls/lists/0\""))));
		}
	}

	@Test
	void onlyFinanceAndTheGraduateSchoolReadRollsAndEachStudentTheirOwnHistory() throws Exception {
		UserDetails office = this.fixtures.officeLogin(this.hospital);
		UserDetails student = this.fixtures.studentLogin(this.paid);
		this.mvc
			.perform(get("/awards/rolls/monthly").with(user(office))
				.param("scheme", String.valueOf(this.zju))
				.param("month", "2026-10"))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/awards/rolls").with(user(student))).andExpect(status().isForbidden());
		this.mvc.perform(get("/students/{no}/funding", this.returned).with(user(student)))
			.andExpect(status().isNotFound());
		this.mvc
			.perform(post("/students/{no}/funding/bank-account", this.returned).with(user(student))
				.with(csrf())
				.param("bankName", "工商银行")
				.param("accountNo", "6222000011112222"))
			.andExpect(status().isNotFound());
		// the office sees the history masked but may not record the account
		this.mvc.perform(get("/students/{no}/funding", this.paid).with(user(office)))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("id=\"account-form\""))));
		this.mvc
			.perform(post("/students/{no}/funding/bank-account", this.paid).with(user(office))
				.with(csrf())
				.param("bankName", "工商银行")
				.param("accountNo", "6222000011112222"))
			.andExpect(status().isForbidden());
		// an empty form says what is missing under each field
		this.mvc
			.perform(post("/students/{no}/funding/bank-account", this.paid).with(user(student))
				.with(csrf())
				.param("bankName", "")
				.param("accountNo", ""))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<div class=\"invalid-feedback\">必填</div>")));
		// the student records their own
		this.mvc
			.perform(post("/students/{no}/funding/bank-account", this.paid).with(user(student))
				.with(csrf())
				.param("bankName", "工商银行")
				.param("accountNo", "6222 0000 1111 2222"))
			.andExpect(status().is3xxRedirection());
		assertThat(this.jdbc.sql("select account_no from student_bank_account where student_id = :s")
			.param("s", this.fixtures.studentId(this.paid))
			.query(String.class)
			.single()).isEqualTo("6222000011112222");
	}

}
