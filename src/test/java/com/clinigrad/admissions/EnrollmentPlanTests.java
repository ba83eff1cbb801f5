package com.clinigrad.admissions;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import com.clinigrad.accounts.Role;
import com.clinigrad.reports.AnnualReportBook;
import com.clinigrad.reports.AnnualReportPages;
import com.clinigrad.reports.ReportTable;
import com.clinigrad.support.Fixtures;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The enrollment plan (招生计划): the admissions office sets a line, changes it with a reason
 * (kept in the history) and is refused a stale change; the plan page and the annual
 * report's admissions tables show the plan against the admitted, counted here again from
 * the rows; nobody but graduate-school staff reads or edits it.
 */
@SpringBootTest
@AutoConfigureMockMvc
class EnrollmentPlanTests {

	private static final String PROGRAM = "PUMC-PRO-MASTER";

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	AnnualReportPages reports;

	Fixtures fixtures;

	String staff;

	@BeforeEach
	void setUp() {
		this.fixtures = Fixtures.in(this.context);
		this.staff = this.fixtures.account(Role.GRAD_SCHOOL);
	}

	@AfterEach
	void logOut() {
		SecurityContextHolder.clearContext();
	}

	@Test
	void staffSetAPlanLineChangeItWithAReasonAndAStaleChangeIsRefused() throws Exception {
		int year = freshYear();
		save(year, "105101", "10", "0", "").andExpect(redirectedUrl("/admissions/plan?year=" + year))
			.andExpect(flash().attribute("flashSuccess", "admissionPlan.saved"));
		Map<String, Object> line = line(year, "105101");
		assertThat(line.get("planned")).isEqualTo(10);
		assertThat(line.get("version")).isEqualTo(1L);

		// a change without a reason is refused, back on the page with what was typed
		save(year, "105101", "12", "1", "  ").andExpect(redirectedUrl("/admissions/plan?year=" + year))
			.andExpect(flash().attribute("flashError", "admissionPlan.error.reason"));
		assertThat(line(year, "105101").get("planned")).isEqualTo(10);

		save(year, "105101", "12", "1", "教育部追加指标").andExpect(redirectedUrl("/admissions/plan?year=" + year));
		assertThat(line(year, "105101").get("planned")).isEqualTo(12);

		// another clerk still holding version 1 is refused, and nothing changes
		save(year, "105101", "15", "1", "按旧页面调整").andExpect(status().isConflict());
		assertThat(line(year, "105101").get("planned")).isEqualTo(12);
		// a new line someone else created meanwhile is not overwritten either
		save(year, "105102", "3", "0", "").andExpect(redirectedUrl("/admissions/plan?year=" + year));
		save(year, "105102", "4", "0", "").andExpect(status().isConflict());

		List<Map<String, Object>> history = this.jdbc.sql("""
				select p.discipline_code, c.planned_before, c.planned_after, c.reason, c.changed_by
				from admission_plan_change c join admission_plan p on p.id = c.plan_id
				where p.year = :year order by c.id""").param("year", year).query().listOfRows();
		assertThat(history).hasSize(3);
		assertThat(history.get(0)).containsEntry("planned_before", null).containsEntry("planned_after", 10);
		assertThat(history.get(1)).containsEntry("planned_before", 10)
			.containsEntry("planned_after", 12)
			.containsEntry("reason", "教育部追加指标")
			.containsEntry("changed_by", this.staff);

		this.mvc.perform(get("/admissions/plan").param("year", String.valueOf(year)).with(as(this.staff)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("教育部追加指标")))
			.andExpect(content().string(containsString("内科学")))
			.andExpect(content().string(containsString("id=\"plan-history\"")));
		// the edit link fills the form with the line and its version
		this.mvc
			.perform(get("/admissions/plan").param("year", String.valueOf(year))
				.param("program", PROGRAM)
				.param("discipline", "105101")
				.with(as(this.staff)))
			.andExpect(content().string(containsString("name=\"version\" value=\"2\"")))
			.andExpect(content().string(containsString("name=\"planned\" value=\"12\"")));
	}

	@Test
	void aBadNumberKeepsWhatWasTypedAndUnknownCodesAreRefused() throws Exception {
		int year = freshYear();
		this.mvc
			.perform(post("/admissions/plan").param("year", String.valueOf(year))
				.param("programCode", PROGRAM)
				.param("disciplineCode", "105101")
				.param("planned", "-3")
				.param("reason", "打错了")
				.param("version", "0")
				.with(as(this.staff))
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrors("form", "planned"))
			.andExpect(content().string(containsString("打错了")))
			.andExpect(content().string(containsString("计划数须在 0 到 9999 之间")));
		this.mvc
			.perform(post("/admissions/plan").param("year", String.valueOf(year))
				.param("programCode", "NO-SUCH")
				.param("disciplineCode", "105101")
				.param("planned", "3")
				.param("version", "0")
				.header(HttpHeaders.REFERER, "http://localhost/admissions/plan?year=" + year)
				.with(as(this.staff))
				.with(csrf()))
			.andExpect(flash().attribute("flashError", "admission.error.unknownProgram"));
		assertThat(count("select count(*) from admission_plan where year = " + year)).isZero();
	}

	@Test
	void thePlanPageAndTheReportShowThePlanAgainstTheAdmittedCountedFromTheRows() throws Exception {
		int year = freshYear();
		String[][] applicants = { { "105101", "true", "true" }, { "105101", "true", "false" },
				{ "105101", "false", "true" }, { "105101", "true", "true" }, { "105102", "true", "true" },
				{ "105103", "false", "false" } };
		int n = 0;
		for (String[] a : applicants) {
			this.jdbc.sql("""
					insert into admission (year, applicant_no, name, program_code, discipline_code, admission_type,
					    first_choice, admitted, recorded_by)
					values (:y, :no, '考生', :p, :d, 'EXAM', :first, :admitted, 'test')""")
				.param("y", year)
				.param("no", "P" + (++n))
				.param("p", PROGRAM)
				.param("d", a[0])
				.param("first", Boolean.parseBoolean(a[2]))
				.param("admitted", Boolean.parseBoolean(a[1]))
				.update();
		}
		save(year, "105101", "4", "0", "").andExpect(status().is3xxRedirection());
		save(year, "105102", "2", "0", "").andExpect(status().is3xxRedirection());

		login(this.staff);
		List<PlanLine> lines = this.context.getBean(EnrollmentPlans.class).of(year, null);
		assertThat(lines).extracting(PlanLine::disciplineCode).containsExactly("105101", "105102", "105103");
		for (PlanLine line : lines) {
			String where = "year = " + year + " and discipline_code = '" + line.disciplineCode() + "'";
			assertThat(line.applicants()).isEqualTo(count("select count(*) from admission where " + where));
			assertThat(line.admitted()).isEqualTo(count("select count(*) from admission where admitted and " + where));
			assertThat(line.firstChoiceAdmitted())
				.isEqualTo(count("select count(*) from admission where admitted and first_choice and " + where));
		}
		// 105101: 3 of 4 admitted, 2 at first choice; 105103 has applicants and no plan
		assertThat(lines.get(0).fulfilment()).isEqualByComparingTo("75.0");
		assertThat(lines.get(0).firstChoiceOfPlan()).isEqualByComparingTo("50.0");
		assertThat(lines.get(2).planned()).isNull();
		assertThat(lines.get(2).fulfilment()).isNull();

		AnnualReportBook book = this.reports.book(year, null, Locale.SIMPLIFIED_CHINESE);
		ReportTable plan = table(book, "plan");
		assertThat(plan.rows()).hasSize(4);
		ReportTable.Row total = plan.rows().get(3);
		assertThat(total.cells().get(0).text()).isEqualTo("6")
			.isEqualTo(String.valueOf(count("select sum(planned) from admission_plan where year = " + year)));
		assertThat(total.cells().get(2).text()).isEqualTo("4");
		assertThat(total.cells().get(4).text()).isEqualTo("66.7%");
		assertThat(plan.rows().get(2).cells().get(0).text()).isEqualTo("–");
		ReportTable applications = table(book, "applications");
		assertThat(applications.rows()).extracting(ReportTable.Row::label).contains("招生计划", "计划完成率", "第一志愿录取占计划比例");
		assertThat(applications.rows().get(4).cells().get(0).text()).isEqualTo("6");
		// 3 first-choice admitted of 6 planned
		assertThat(applications.rows().get(6).cells().get(0).text()).isEqualTo("50.0%");
		// a program narrows the plan too
		assertThat(table(this.reports.book(year, "TMU-PRO-DOCTOR", Locale.ENGLISH), "plan").rows()).isEmpty();

		this.mvc.perform(
				get("/admissions/plan").param("year", String.valueOf(year)).param("lang", "en").with(as(this.staff)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Enrollment plan " + year)))
			.andExpect(content().string(containsString("75.0%")))
			.andExpect(content().string(containsString("not set")));
	}

	@Test
	void nobodyButGraduateSchoolStaffReadsOrEditsThePlan() throws Exception {
		int year = freshYear();
		String hospital = this.fixtures.hospital();
		String supervisor = this.fixtures.supervisor(hospital);
		String student = this.fixtures.student(hospital, supervisor);
		for (String username : List.of(this.fixtures.account(Set.of(Role.SUPERVISOR), null, null, supervisor, null),
				this.fixtures.account(Set.of(Role.STUDENT), null, null, null, student),
				this.fixtures.account(Set.of(Role.HOSPITAL_OFFICE), hospital, null, null, null),
				this.fixtures.account(Role.DEGREE_COMMITTEE))) {
			this.mvc.perform(get("/admissions/plan").param("year", String.valueOf(year)).with(as(username)))
				.andExpect(status().isForbidden());
			save(year, "105101", "9", "0", "", username).andExpect(status().isForbidden());
		}
		assertThat(count("select count(*) from admission_plan where year = " + year)).isZero();
		this.mvc.perform(get("/admissions/plan")).andExpect(status().is3xxRedirection());
	}

	// ---- helpers ----

	private ResultActions save(int year, String discipline, String planned, String version, String reason)
			throws Exception {
		return save(year, discipline, planned, version, reason, this.staff);
	}

	private ResultActions save(int year, String discipline, String planned, String version, String reason,
			String username) throws Exception {
		return this.mvc.perform(post("/admissions/plan").param("year", String.valueOf(year))
			.param("programCode", PROGRAM)
			.param("disciplineCode", discipline)
			.param("planned", planned)
			.param("version", version)
			.param("reason", reason)
			.header(HttpHeaders.REFERER, "http://localhost/admissions/plan?year=" + year)
			.with(as(username))
			.with(csrf()));
	}

	private org.springframework.test.web.servlet.request.RequestPostProcessor as(String username) {
		return user(this.fixtures.login(username));
	}

	private void login(String username) {
		UserDetails details = this.fixtures.login(username);
		SecurityContextHolder.getContext()
			.setAuthentication(
					UsernamePasswordAuthenticationToken.authenticated(details, null, details.getAuthorities()));
	}

	/** A year no other test has a plan or applicants in. */
	private int freshYear() {
		Integer used = this.jdbc.sql("""
				select max(year) from (select year from admission_plan where year > 2030
				                       union select year from admission where year > 2030) y""")
			.query(Integer.class)
			.list()
			.stream()
			.filter(java.util.Objects::nonNull)
			.findFirst()
			.orElse(2030);
		return used + 1;
	}

	private Map<String, Object> line(int year, String discipline) {
		return this.jdbc.sql(
				"select planned, version from admission_plan where year = :y and program_code = :p and discipline_code = :d")
			.param("y", year)
			.param("p", PROGRAM)
			.param("d", discipline)
			.query()
			.singleRow();
	}

	private long count(String sql) {
		Long n = this.jdbc.sql(sql).query(Long.class).single();
		return (n != null) ? n : 0;
	}

	private static ReportTable table(AnnualReportBook book, String id) {
		return book.tables().stream().filter((t) -> t.id().equals(id)).findFirst().orElseThrow();
	}

}
