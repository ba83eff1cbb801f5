package com.clinigrad.awards.web;

import java.io.ByteArrayInputStream;

import com.clinigrad.accounts.Role;
import com.clinigrad.shared.SchoolTime;
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
 * The hardship grant roll and the tuition reduction list of Tianjin's 2026 scheme: a row
 * per student recognised at a level with that level's amount, linking back to the scheme,
 * the award type and the recognition decision; a withdrawn recognition drops out; a
 * vetoed student is excluded and a delayed one paused, both with the reason; the account
 * in full for finance and masked for the graduate school; a student, a supervisor and a
 * hospital office refused. The funding history shows both with their decision, and the
 * graduate school edits the amounts per level on the award type form.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(SentFromAPage.class)
class HardshipRollPagesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcClient jdbc;

	Fixtures fixtures;

	String hospital;

	String supervisor;

	long tmu;

	long grant;

	long reduction;

	@BeforeEach
	void setUp() {
		this.fixtures = Fixtures.in(this.context);
		this.hospital = this.fixtures.hospital();
		this.supervisor = this.fixtures.supervisor(this.hospital);
		this.tmu = this.jdbc.sql("select id from award_scheme where university = 'TMU' and year = 2026")
			.query(Long.class)
			.single();
		this.grant = typeOf(this.tmu, "HARDSHIP_GRANT");
		this.reduction = typeOf(this.tmu, "TUITION_REDUCTION");
	}

	@Test
	void rowsLinkBackToTheSchemeAndTheDecisionAndAWithdrawnRecognitionDropsOut() throws Exception {
		String special = student();
		String general = student();
		String withdrawn = student();
		String vetoed = student();
		String delayed = student();
		long specialDecision = recognise(special, "SPECIAL", "RECOGNISED");
		long generalDecision = recognise(general, "GENERAL", "RECOGNISED");
		recognise(withdrawn, "GENERAL", "REFUSED");
		recognise(vetoed, "SPECIAL", "RECOGNISED");
		recognise(delayed, "GENERAL", "RECOGNISED");
		this.jdbc
			.sql("""
					insert into ethics_entry (student_id, occurred_on, polarity, source, description, veto, recorded_as, recorded_by)
					values (:s, :d, 'NEGATIVE', 'INCIDENT', '严重医疗差错', true, 'GRAD_SCHOOL', 'test')
					""")
			.param("s", this.fixtures.studentId(vetoed))
			.param("d", SchoolTime.today().minusDays(10))
			.update();
		this.jdbc.sql("update student set status = 'DELAYED' where student_no = :no").param("no", delayed).update();
		this.jdbc.sql("""
				insert into student_bank_account (student_id, bank_name, account_no, updated_by)
				values (:s, '中国银行', '6217000099998888777', 'test')
				""").param("s", this.fixtures.studentId(special)).update();

		UserDetails finance = this.fixtures.login(Role.FINANCE);
		String grantReference = "S" + this.tmu + "-T" + this.grant + "-H" + specialDecision;
		String page = this.mvc
			.perform(get("/awards/rolls/hardship/{s}/{t}", this.tmu, this.grant).with(user(finance))
				.param("lang", "en")
				.param("q", special))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(grantReference)))
			.andExpect(content().string(containsString("6217000099998888777")))
			.andExpect(content().string(containsString("id=\"hardship-rules\"")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(rollFor(finance, general)).contains("data-student=\"" + general + "\"")
			.contains("S" + this.tmu + "-T" + this.grant + "-H" + generalDecision)
			.contains("1500.00");
		assertThat(rollFor(finance, withdrawn)).doesNotContain("data-student=\"" + withdrawn + "\"");
		assertThat(page).contains("Ethics veto: not paid").contains("Delayed: paused");
		assertThat(page.split("data-student=\"" + vetoed + "\"")).hasSize(2);
		assertThat(page.split("data-student=\"" + delayed + "\"")).hasSize(2);

		// the xlsx for finance: the same row, amount of the level, reference back
		byte[] file = this.mvc
			.perform(get("/awards/rolls/hardship/{s}/{t}", this.tmu, this.grant).with(user(finance))
				.param("q", special)
				.param("export", "xlsx"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(file))) {
			Sheet sheet = workbook.getSheetAt(0);
			DataFormatter format = new DataFormatter();
			assertThat(sheet.getLastRowNum()).isEqualTo(1);
			Row row = sheet.getRow(1);
			assertThat(format.formatCellValue(row.getCell(0))).isEqualTo(special);
			assertThat(format.formatCellValue(row.getCell(3))).isEqualTo("6217000099998888777");
			assertThat(format.formatCellValue(row.getCell(4))).isEqualTo("特别困难");
			assertThat(format.formatCellValue(row.getCell(5))).isEqualTo("3000");
			assertThat(format.formatCellValue(row.getCell(7))).isEqualTo(grantReference);
		}

		// the tuition reduction list: student, level, amount reduced; no account
		this.mvc
			.perform(get("/awards/rolls/hardship/{s}/{t}", this.tmu, this.reduction).with(user(finance))
				.param("q", special)
				.param("lang", "en"))
			.andExpect(status().isOk())
			.andExpect(
					content().string(containsString("S" + this.tmu + "-T" + this.reduction + "-H" + specialDecision)))
			.andExpect(content().string(containsString("8000.00")))
			.andExpect(content().string(containsString("Amount reduced")))
			.andExpect(content().string(not(containsString("6217000099998888777"))));

		// the graduate school sees the account masked
		UserDetails grad = this.fixtures.login(Role.GRAD_SCHOOL);
		this.mvc
			.perform(get("/awards/rolls/hardship/{s}/{t}", this.tmu, this.grant).with(user(grad)).param("q", special))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("***************8777")))
			.andExpect(content().string(not(containsString("6217000099998888777"))));

		// the student's funding history: both with their decision; the withdrawn one none
		UserDetails own = this.fixtures.studentLogin(special);
		this.mvc.perform(get("/students/{no}/funding", special).with(user(own)).param("lang", "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"funding-hardship\"")))
			.andExpect(content().string(containsString("data-decision=\"" + specialDecision + "\"")))
			.andExpect(content().string(containsString("3000.00")))
			.andExpect(content().string(containsString("8000.00")))
			.andExpect(content().string(containsString("Recognised by the graduate school on")));
		UserDetails withdrawnLogin = this.fixtures.studentLogin(withdrawn);
		this.mvc.perform(get("/students/{no}/funding", withdrawn).with(user(withdrawnLogin)).param("lang", "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("No hardship recognition.")));
	}

	@Test
	void aStudentWhoseChosenDelayAwaitsTheDecisionIsPausedOnBothRollsAsInTheAwards() throws Exception {
		String choseDelay = student();
		String undecided = student();
		String choseTransfer = student();
		recognise(choseDelay, "GENERAL", "RECOGNISED");
		recognise(undecided, "GENERAL", "RECOGNISED");
		recognise(choseTransfer, "GENERAL", "RECOGNISED");
		diversionCase(choseDelay, "CHOSEN", "DELAY");
		diversionCase(undecided, "OPEN", null);
		diversionCase(choseTransfer, "CHOSEN", "TRANSFER_ACADEMIC");
		UserDetails finance = this.fixtures.login(Role.FINANCE);

		for (long type : new long[] { this.grant, this.reduction }) {
			String paused = entryOf(roll(finance, type, choseDelay), choseDelay);
			assertThat(paused).startsWith("<li")
				.contains("Delay requested, awaiting decision: paused")
				.contains("2026-03-02");
			assertThat(entryOf(roll(finance, type, undecided), undecided)).startsWith("<tr");
			assertThat(entryOf(roll(finance, type, choseTransfer), choseTransfer)).startsWith("<tr");
		}
	}

	private String roll(UserDetails as, long type, String studentNo) throws Exception {
		return this.mvc
			.perform(get("/awards/rolls/hardship/{s}/{t}", this.tmu, type).with(user(as))
				.param("q", studentNo)
				.param("lang", "en"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	/**
	 * The one element of the page naming the student: a row of the roll ({@code
	 *
	<tr>
	 * }) or an entry of those left out ({@code
	 *
	<li>}), up to its end.
	 */
	private static String entryOf(String page, String studentNo) {
		String attribute = "data-student=\"" + studentNo + "\"";
		assertThat(page.split(attribute, -1)).as(studentNo + " named once").hasSize(2);
		int at = page.indexOf(attribute);
		int start = Math.max(page.lastIndexOf("<tr", at), page.lastIndexOf("<li", at));
		int end = page.indexOf(page.startsWith("<tr", start) ? "</tr>" : "</li>", at);
		return page.substring(start, end);
	}

	private void diversionCase(String studentNo, String status, String choice) {
		this.jdbc.sql("""
				insert into diversion_case (student_id, level, trigger_code, detail, options, status, student_choice,
				                            chosen_at)
				values (:s, 'CASE', 'NO_LICENSE', '第5学期末未取得执业医师资格证', 'TRANSFER_ACADEMIC,DELAY,WITHDRAWAL', :status,
				        :choice, case when :choice::text is null then null else timestamptz '2026-03-02 10:00+08' end)
				""")
			.param("s", this.fixtures.studentId(studentNo))
			.param("status", status)
			.param("choice", choice)
			.update();
	}

	@Test
	void aStudentASupervisorAndAHospitalOfficeAreRefused() throws Exception {
		String own = student();
		recognise(own, "SPECIAL", "RECOGNISED");
		UserDetails student = this.fixtures.studentLogin(own);
		UserDetails supervisorLogin = this.fixtures.supervisorLogin(this.supervisor);
		UserDetails office = this.fixtures.officeLogin(this.hospital);
		for (UserDetails refused : new UserDetails[] { student, supervisorLogin, office }) {
			this.mvc.perform(get("/awards/rolls/hardship/{s}/{t}", this.tmu, this.grant).with(user(refused)))
				.andExpect(status().isForbidden());
			this.mvc
				.perform(get("/awards/rolls/hardship/{s}/{t}", this.tmu, this.reduction).with(user(refused))
					.param("export", "xlsx"))
				.andExpect(status().isForbidden());
		}
		// a type that is not a hardship grant or reduction has no such roll
		UserDetails finance = this.fixtures.login(Role.FINANCE);
		this.mvc
			.perform(get("/awards/rolls/hardship/{s}/{t}", this.tmu, typeOf(this.tmu, "ACADEMIC_SCHOLARSHIP"))
				.with(user(finance)))
			.andExpect(status().isNotFound());
	}

	@Test
	void theGraduateSchoolEditsTheAmountsPerLevelWithValidationAndLocking() throws Exception {
		int year = this.jdbc.sql("""
				select min(y) from generate_series(2040, 2100) y
				where not exists (select 1 from award_scheme s where s.university = 'TMU' and s.year = y)
				""").query(Integer.class).single();
		long scheme = this.jdbc.sql("""
				insert into award_scheme (university, year, name, name_en, program_codes)
				values ('TMU', :y, '测试方案', 'Test scheme', 'TMU-PRO-DOCTOR') returning id
				""").param("y", year).query(Long.class).single();
		long type = this.jdbc
			.sql("""
					insert into award_type (scheme_id, position, kind, name, name_en, amount, unit, degree_types, allocation)
					select :s, position, kind, name, name_en, amount, unit, degree_types, allocation from award_type
					where id = :t returning id
					""")
			.param("s", scheme)
			.param("t", this.grant)
			.query(Long.class)
			.single();
		UserDetails grad = this.fixtures.login(Role.GRAD_SCHOOL);
		UserDetails office = this.fixtures.officeLogin(this.hospital);
		this.mvc.perform(get("/awards/schemes/{s}/types/{t}", scheme, type).with(user(grad)).param("lang", "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"level-amounts\"")))
			.andExpect(content().string(containsString("Special hardship")));
		// a missing level and a negative amount: refused, what was typed kept
		this.mvc.perform(typeForm(scheme, type, grad, "0", "-5", "").param("lang", "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Give an amount above zero.")))
			.andExpect(content().string(containsString("value=\"-5\"")));
		assertThat(amounts(type)).isZero();
		// a hospital office may not edit
		this.mvc.perform(typeForm(scheme, type, office, "0", "3500", "1800")).andExpect(status().isForbidden());
		this.mvc.perform(typeForm(scheme, type, grad, "0", "3500", "1800")).andExpect(status().is3xxRedirection());
		assertThat(
				this.jdbc.sql("select amount from award_hardship_amount where award_type_id = :t and level = 'SPECIAL'")
					.param("t", type)
					.query(java.math.BigDecimal.class)
					.single())
			.isEqualByComparingTo("3500");
		assertThat(amounts(type)).isEqualTo(2);
		// a second save with the old version is refused; the amounts stay
		this.mvc.perform(typeForm(scheme, type, grad, "0", "9999", "9999")).andExpect(status().isConflict());
		assertThat(
				this.jdbc.sql("select amount from award_hardship_amount where award_type_id = :t and level = 'GENERAL'")
					.param("t", type)
					.query(java.math.BigDecimal.class)
					.single())
			.isEqualByComparingTo("1800");
	}

	private org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder typeForm(long scheme, long type,
			UserDetails as, String version, String special, String general) {
		return post("/awards/schemes/{s}/types/{t}", scheme, type).with(user(as))
			.with(csrf())
			.param("name", "临时困难补助")
			.param("nameEn", "Temporary hardship grant")
			.param("unit", "ONE_OFF")
			.param("allocation", "ON_APPLICATION")
			.param("version", version)
			.param("specialAmount", special)
			.param("generalAmount", general);
	}

	private String rollFor(UserDetails as, String studentNo) throws Exception {
		return this.mvc
			.perform(get("/awards/rolls/hardship/{s}/{t}", this.tmu, this.grant).with(user(as)).param("q", studentNo))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	private long amounts(long type) {
		return this.jdbc.sql("select count(*) from award_hardship_amount where award_type_id = :t")
			.param("t", type)
			.query(Long.class)
			.single();
	}

	private String student() {
		return this.fixtures.doctoralStudent("TMU-PRO-DOCTOR", this.hospital, this.supervisor, null);
	}

	private long recognise(String studentNo, String level, String state) {
		return this.jdbc.sql("""
				insert into hardship_application (student_id, year, requested_level, reasons, state, level, decided_at)
				values (:s, 2026, :l, '家庭收入低', :state, :l, timestamptz '2026-11-20 10:00+08') returning id
				""")
			.param("s", this.fixtures.studentId(studentNo))
			.param("l", level)
			.param("state", state)
			.query(Long.class)
			.single();
	}

	private long typeOf(long scheme, String kind) {
		return this.jdbc.sql("select id from award_type where scheme_id = :s and kind = :k order by position limit 1")
			.param("s", scheme)
			.param("k", kind)
			.query(Long.class)
			.single();
	}

}
