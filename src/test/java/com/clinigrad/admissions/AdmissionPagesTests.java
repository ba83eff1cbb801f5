package com.clinigrad.admissions;

import java.util.List;
import java.util.Map;
import java.util.Set;

import com.clinigrad.accounts.Role;
import com.clinigrad.students.StudentRegistry;
import com.clinigrad.students.StudentView;
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
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

/**
 * The admissions office's pages: the year's applicants, entering one, and enrolling an
 * admitted applicant as a student from the admission; nobody but graduate-school staff.
 */
@SpringBootTest
@AutoConfigureMockMvc
class AdmissionPagesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	StudentRegistry students;

	Fixtures fixtures;

	String staff;

	String hospital;

	String supervisor;

	@BeforeEach
	void setUp() {
		this.fixtures = Fixtures.in(this.context);
		this.staff = this.fixtures.account(Role.GRAD_SCHOOL);
		this.hospital = this.fixtures.hospital();
		this.supervisor = this.fixtures.supervisor(this.hospital);
	}

	@Test
	void staffEnterAnApplicantAndEnrollItWithoutTypingItAgain() throws Exception {
		String applicant = this.fixtures.unique("A");
		this.mvc
			.perform(post("/admissions").param("year", "2071")
				.param("applicantNo", applicant)
				.param("name", "赵录取")
				.param("programCode", "PUMC-PRO-MASTER")
				.param("disciplineCode", "105101")
				.param("admissionType", "EXEMPT")
				.param("sourceSchool", "OTHER")
				.param("sourceSchoolName", "山东大学")
				.param("firstChoice", "true")
				.param("admitted", "true")
				.with(user(this.fixtures.login(this.staff)))
				.with(csrf()))
			.andExpect(redirectedUrl("/admissions?year=2071"));
		this.mvc.perform(get("/admissions").param("year", "2071").with(user(this.fixtures.login(this.staff))))
			.andExpect(status().isOk())
			.andExpect(view().name("admissions/list"))
			.andExpect(content().string(containsString("赵录取")))
			.andExpect(content().string(containsString("山东大学")));
		Map<String, Object> row = this.jdbc.sql("select id, version from admission where applicant_no = :no")
			.param("no", applicant)
			.query()
			.singleRow();
		long id = ((Number) row.get("id")).longValue();
		this.mvc.perform(get("/admissions/" + id + "/enroll").with(user(this.fixtures.login(this.staff))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("赵录取")));

		// a missing supervisor keeps what was typed on the same page
		String studentNo = this.fixtures.unique("M");
		this.mvc
			.perform(post("/admissions/" + id + "/enroll").param("studentNo", studentNo)
				.param("supervisorStaffNo", "")
				.param("version", row.get("version").toString())
				.with(user(this.fixtures.login(this.staff)))
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrors("form", "supervisorStaffNo"))
			.andExpect(content().string(containsString(studentNo)));

		this.mvc
			.perform(post("/admissions/" + id + "/enroll").param("studentNo", studentNo)
				.param("supervisorStaffNo", this.supervisor)
				.param("hospitalCode", this.hospital)
				.param("version", row.get("version").toString())
				.with(user(this.fixtures.login(this.staff)))
				.with(csrf()))
			.andExpect(redirectedUrl("/admissions?year=2071"));
		StudentView student = this.students.byStudentNo(studentNo).orElseThrow();
		assertThat(student.name()).isEqualTo("赵录取");
		assertThat(student.programCode()).isEqualTo("PUMC-PRO-MASTER");
		assertThat(student.cohortYear()).isEqualTo(2071);
		assertThat(student.admissionType().name()).isEqualTo("EXEMPT");
		assertThat(student.sourceSchool().name()).isEqualTo("OTHER");
		assertThat(student.supervisorStaffNo()).isEqualTo(this.supervisor);
		assertThat(this.jdbc.sql("select student_no from admission where id = :id")
			.param("id", id)
			.query(String.class)
			.single()).isEqualTo(studentNo);

		// enrolling twice is refused with the reason, nothing created
		this.mvc
			.perform(post("/admissions/" + id + "/enroll").param("studentNo", this.fixtures.unique("M"))
				.param("supervisorStaffNo", this.supervisor)
				.param("version", "1")
				.header("Referer", "/admissions/" + id + "/enroll")
				.with(user(this.fixtures.login(this.staff)))
				.with(csrf()))
			.andExpect(status().is3xxRedirection());
		assertThat(this.jdbc.sql("select count(*) from student where name = '赵录取'").query(Long.class).single())
			.isEqualTo(1);
	}

	@Test
	void aRefusedApplicantKeepsWhatWasTyped() throws Exception {
		this.mvc
			.perform(post("/admissions").param("year", "2071")
				.param("applicantNo", "")
				.param("name", "钱未填")
				.param("programCode", "PUMC-PRO-MASTER")
				.param("disciplineCode", "105101")
				.param("admissionType", "EXAM")
				.with(user(this.fixtures.login(this.staff)))
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrors("form", "applicantNo"))
			.andExpect(content().string(containsString("钱未填")));
	}

	@Test
	void nobodyButGraduateSchoolStaffOpensTheAdmissions() throws Exception {
		String student = this.fixtures.student(this.hospital, this.supervisor);
		long id = this.jdbc.sql("""
				insert into admission (year, applicant_no, name, program_code, discipline_code, admission_type,
				    admitted, recorded_by) values (2072, :no, '孙', 'PUMC-PRO-MASTER', '105101', 'EXAM', true, 'test')
				returning id""").param("no", this.fixtures.unique("A")).query(Long.class).single();
		for (String username : List.of(
				this.fixtures.account(Set.of(Role.SUPERVISOR), null, null, this.supervisor, null),
				this.fixtures.account(Set.of(Role.STUDENT), null, null, null, student),
				this.fixtures.account(Set.of(Role.HOSPITAL_OFFICE), this.hospital, null, null, null),
				this.fixtures.account(Role.DEGREE_COMMITTEE))) {
			for (String url : List.of("/admissions", "/admissions/new", "/admissions/" + id + "/edit",
					"/admissions/" + id + "/enroll")) {
				this.mvc.perform(get(url).with(user(this.fixtures.login(username)))).andExpect(status().isForbidden());
			}
			this.mvc
				.perform(post("/admissions/" + id + "/enroll").param("studentNo", this.fixtures.unique("M"))
					.param("supervisorStaffNo", this.supervisor)
					.param("version", "0")
					.with(user(this.fixtures.login(username)))
					.with(csrf()))
				.andExpect(status().isForbidden());
		}
		assertThat(this.jdbc.sql("select student_no from admission where id = :id")
			.param("id", id)
			.query(String.class)
			.optional()).isEmpty();
	}

}
