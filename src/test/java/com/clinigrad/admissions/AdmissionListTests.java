package com.clinigrad.admissions;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;

import com.clinigrad.accounts.Role;
import com.clinigrad.students.StudentStatus;
import com.clinigrad.support.Fixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The applicants and the graduates' destinations on the shared list: the filters in the
 * URL narrow the rows, the export holds exactly the rows shown, in words not codes, and
 * nobody but graduate-school staff reads either list or its export.
 */
@SpringBootTest
@AutoConfigureMockMvc
class AdmissionListTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcClient jdbc;

	Fixtures fixtures;

	String staff;

	@BeforeEach
	void setUp() {
		this.fixtures = Fixtures.in(this.context);
		this.staff = this.fixtures.account(Role.GRAD_SCHOOL);
	}

	@Test
	void theApplicantFiltersAreInTheUrlAndTheExportHoldsExactlyTheRowsShownInWords() throws Exception {
		int year = 2057;
		this.jdbc.sql("delete from admission where year = :y").param("y", year).update();
		String[][] rows = { { "L1", "钱录取", "EXEMPT", "OWN", "true" }, { "L2", "孙落选", "EXAM", "OTHER", "false" },
				{ "L3", "李录取", "EXAM", "OTHER", "true" } };
		for (String[] row : rows) {
			this.jdbc
				.sql("""
						insert into admission (year, applicant_no, name, program_code, discipline_code, admission_type,
						    source_school, source_school_name, first_choice, admitted, recorded_by)
						values (:y, :no, :name, 'PUMC-PRO-MASTER', '105101', :type, :source, '山东大学', true, :admitted, 'test')""")
				.param("y", year)
				.param("no", row[0])
				.param("name", row[1])
				.param("type", row[2])
				.param("source", row[3])
				.param("admitted", Boolean.parseBoolean(row[4]))
				.update();
		}
		this.mvc
			.perform(get("/admissions").param("year", String.valueOf(year))
				.param("admitted", "true")
				.param("type", "EXAM")
				.with(user(this.fixtures.login(this.staff))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("李录取")))
			.andExpect(content().string(not(containsString("钱录取"))))
			.andExpect(content().string(not(containsString("孙落选"))));
		String csv = this.mvc
			.perform(get("/admissions").param("year", String.valueOf(year))
				.param("admitted", "true")
				.param("export", "csv")
				.with(user(this.fixtures.login(this.staff))))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		List<String> lines = csv.lines().filter((l) -> !l.isBlank()).toList();
		assertThat(lines).hasSize(1 + 2);
		assertThat(csv).contains("钱录取", "李录取", "推荐免试", "本校", "临床医学专业学位硕士", "内科学")
			.doesNotContain("孙落选")
			.doesNotContain("EXEMPT")
			.doesNotContain("PUMC-PRO-MASTER")
			.doesNotContain(",OWN");
		this.mvc
			.perform(get("/admissions").param("year", String.valueOf(year))
				.param("q", "孙")
				.param("export", "xlsx")
				.with(user(this.fixtures.login(this.staff))))
			.andExpect(status().isOk())
			.andExpect(content()
				.contentTypeCompatibleWith("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"));
	}

	@Test
	void theDestinationFiltersAndExportKeepToTheRowsShownInWords() throws Exception {
		String hospital = this.fixtures.hospital();
		String supervisor = this.fixtures.supervisor(hospital);
		String abroad = this.fixtures.student(hospital, supervisor, StudentStatus.GRADUATED);
		String unemployed = this.fixtures.student(hospital, supervisor, StudentStatus.GRADUATED);
		for (String[] row : new String[][] { { abroad, "ABROAD", "境外" }, { unemployed, "UNEMPLOYED", null } }) {
			this.jdbc.sql("""
					insert into employment (student_no, graduated_on, destination_kind, region, recorded_by)
					values (:no, date '2056-06-30', :kind, :region, 'test')""")
				.param("no", row[0])
				.param("kind", row[1])
				.param("region", row[2])
				.update();
		}
		this.mvc
			.perform(get("/employment").param("year", "2056")
				.param("kind", "ABROAD")
				.with(user(this.fixtures.login(this.staff))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(abroad)))
			.andExpect(content().string(not(containsString(unemployed))));
		String csv = this.mvc
			.perform(get("/employment").param("year", "2056")
				.param("kind", "UNEMPLOYED")
				.param("export", "csv")
				.with(user(this.fixtures.login(this.staff))))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(csv).contains(unemployed, "待就业").doesNotContain(abroad).doesNotContain("UNEMPLOYED");
	}

	@Test
	void otherRolesReadNeitherListNorItsExport() throws Exception {
		String hospital = this.fixtures.hospital();
		String supervisor = this.fixtures.supervisor(hospital);
		String student = this.fixtures.student(hospital, supervisor);
		for (String username : List.of(this.fixtures.account(Set.of(Role.SUPERVISOR), null, null, supervisor, null),
				this.fixtures.account(Set.of(Role.STUDENT), null, null, null, student),
				this.fixtures.account(Set.of(Role.HOSPITAL_OFFICE), hospital, null, null, null))) {
			for (String path : List.of("/admissions", "/employment")) {
				this.mvc.perform(get(path).with(user(this.fixtures.login(username)))).andExpect(status().isForbidden());
				this.mvc.perform(get(path).param("export", "csv").with(user(this.fixtures.login(username))))
					.andExpect(status().isForbidden());
			}
		}
	}

}
