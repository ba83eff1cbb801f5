package com.clinigrad.organization.web;

import java.util.Set;

import com.clinigrad.accounts.Role;
import com.clinigrad.organization.Organization;
import com.clinigrad.support.Fixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
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
 * Hospitals and departments: a hospital office sees and edits only its own hospital; a
 * department is named on English pages by its recorded English name, else the common
 * English name of its Chinese name, else its Chinese name; a capacity below the trainees
 * already scheduled is saved only once confirmed.
 */
@SpringBootTest
@AutoConfigureMockMvc
class OrganizationPagesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	Organization organization;

	Fixtures fixtures;

	String hospital;

	String otherHospital;

	@BeforeEach
	void createData() {
		this.fixtures = Fixtures.in(this.context);
		this.hospital = this.fixtures.hospital();
		this.otherHospital = this.fixtures.hospital();
	}

	@Test
	void capacityDefaultsToBedsDividedByFour() {
		assertThat(this.organization.department(this.hospital, "D1").orElseThrow().effectiveCapacity()).isEqualTo(10);
	}

	@Test
	void hospitalOfficeSeesAndEditsOnlyItsHospital() throws Exception {
		String office = this.fixtures.account(Set.of(Role.HOSPITAL_OFFICE), this.hospital, null, null, null);
		this.mvc.perform(get("/organization/hospitals").with(user(this.fixtures.login(office))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(this.hospital)))
			.andExpect(content().string(not(containsString(this.otherHospital))));
		this.mvc.perform(get("/organization/hospitals/" + this.otherHospital).with(user(this.fixtures.login(office))))
			.andExpect(status().isNotFound());
		long own = this.organization.department(this.hospital, "D1").orElseThrow().id();
		long other = this.organization.department(this.otherHospital, "D1").orElseThrow().id();
		this.mvc
			.perform(post("/organization/departments/" + own + "/edit").param("name", "心血管内科")
				.param("subspecialty", "心血管病")
				.param("beds", "48")
				.param("capacity", "")
				.param("version", "0")
				.with(csrf())
				.with(user(this.fixtures.login(office))))
			.andExpect(status().is3xxRedirection());
		assertThat(this.organization.department(own).effectiveCapacity()).isEqualTo(12);
		this.mvc
			.perform(post("/organization/departments/" + other + "/edit").param("name", "x")
				.param("beds", "1")
				.param("version", "0")
				.with(csrf())
				.with(user(this.fixtures.login(office))))
			.andExpect(status().isNotFound());
		assertThat(this.organization.department(other).beds()).isEqualTo(40);
	}

	@Test
	void aDepartmentIsNamedInEnglishByItsOwnEnglishNameElseTheCommonOne() throws Exception {
		String office = this.fixtures.account(Set.of(Role.HOSPITAL_OFFICE), this.hospital, null, null, null);
		long id = this.organization.department(this.hospital, "D1").orElseThrow().id();
		// 心内科 has no English name of its own: the common one
		assertThat(this.organization.department(id).displayName(true)).isEqualTo("Cardiology");
		assertThat(this.organization.department(id).displayName(false)).isEqualTo("心内科");
		this.mvc.perform(get("/organization/departments/" + id + "/edit").with(user(this.fixtures.login(office))))
			.andExpect(content().string(containsString("placeholder=\"Cardiology\"")));
		this.mvc
			.perform(post("/organization/departments/" + id + "/edit").param("name", "心内一科")
				.param("nameEn", "  Cardiology Ward 1 ")
				.param("subspecialty", "心血管病")
				.param("beds", "40")
				.param("version", "0")
				.with(csrf())
				.with(user(this.fixtures.login(office))))
			.andExpect(status().is3xxRedirection());
		assertThat(this.organization.department(id).nameEn()).isEqualTo("Cardiology Ward 1");
		this.mvc
			.perform(get("/organization/hospitals/" + this.hospital).param("lang", "en")
				.with(user(this.fixtures.login(office))))
			.andExpect(content().string(containsString("Cardiology Ward 1")));
		// an unknown name without an English one stays as it is
		this.mvc
			.perform(post("/organization/departments/" + id + "/edit").param("name", "心内一科")
				.param("nameEn", "")
				.param("beds", "40")
				.param("version", "1")
				.with(csrf())
				.with(user(this.fixtures.login(office))))
			.andExpect(status().is3xxRedirection());
		assertThat(this.organization.department(id).displayName(true)).isEqualTo("心内一科");
		// too long an English name is refused with what was typed kept
		String tooLong = "Cardiology ".repeat(20);
		this.mvc
			.perform(post("/organization/departments/" + id + "/edit").param("name", "心内一科")
				.param("nameEn", tooLong)
				.param("beds", "40")
				.param("version", "2")
				.with(csrf())
				.with(user(this.fixtures.login(office))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(tooLong.trim())));
	}

	@Test
	void aCapacityBelowWhatIsScheduledIsSavedOnlyOnceConfirmed() throws Exception {
		String office = this.fixtures.account(Set.of(Role.HOSPITAL_OFFICE), this.hospital, null, null, null);
		long id = this.organization.department(this.hospital, "D1").orElseThrow().id();
		java.time.LocalDate today = com.clinigrad.shared.SchoolTime.today();
		org.springframework.jdbc.core.simple.JdbcClient jdbc = this.context
			.getBean(org.springframework.jdbc.core.simple.JdbcClient.class);
		for (int i = 0; i < 3; i++) {
			String student = this.fixtures.student(this.hospital, this.fixtures.supervisor(this.hospital));
			jdbc.sql("""
					insert into rotation (student_id, department_id, start_date, end_date, recorded_by)
					select id, :d, :start, :end, 'test' from student where student_no = :no""")
				.param("d", id)
				.param("start", today.plusDays(10 + i))
				.param("end", today.plusDays(40))
				.param("no", student)
				.update();
		}
		// three trainees from today + 12 days: a capacity of 2 is over on 29 days
		this.mvc
			.perform(post("/organization/departments/" + id + "/edit").param("name", "心内科")
				.param("beds", "40")
				.param("capacity", "2")
				.param("version", "0")
				.with(csrf())
				.with(user(this.fixtures.login(office))))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("自 " + today.plusDays(12) + " 起有 29 天在科人数超过新容量 2 人（最多 3 人）")))
			.andExpect(content().string(containsString("id=\"confirmOverload\"")));
		assertThat(this.organization.department(id).capacity()).isNull();
		// a capacity the schedule fits is saved at once
		this.mvc
			.perform(post("/organization/departments/" + id + "/edit").param("name", "心内科")
				.param("beds", "40")
				.param("capacity", "3")
				.param("version", "0")
				.with(csrf())
				.with(user(this.fixtures.login(office))))
			.andExpect(status().is3xxRedirection());
		this.mvc
			.perform(post("/organization/departments/" + id + "/edit").param("name", "心内科")
				.param("beds", "40")
				.param("capacity", "2")
				.param("confirmOverload", "true")
				.param("version", "1")
				.with(csrf())
				.with(user(this.fixtures.login(office))))
			.andExpect(status().is3xxRedirection());
		assertThat(this.organization.department(id).capacity()).isEqualTo(2);
	}

	@Test
	void negativeBedsAreRefusedWithAMessage() throws Exception {
		String grad = this.fixtures.account(Role.GRAD_SCHOOL);
		long id = this.organization.department(this.hospital, "D1").orElseThrow().id();
		this.mvc
			.perform(post("/organization/departments/" + id + "/edit").param("name", "心内科")
				.param("beds", "-1")
				.param("version", "0")
				.with(csrf())
				.with(user(this.fixtures.login(grad))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("不能为负数")));
	}

	@Test
	void studentsAndSupervisorsAreRefused() throws Exception {
		for (Role role : Set.of(Role.STUDENT, Role.SUPERVISOR, Role.EXPERT)) {
			String account = this.fixtures.account(Set.of(role), null, null,
					role == Role.SUPERVISOR ? this.fixtures.supervisor(this.hospital) : null, role == Role.STUDENT
							? this.fixtures.student(this.hospital, this.fixtures.supervisor(this.hospital)) : null);
			this.mvc.perform(get("/organization/hospitals").with(user(this.fixtures.login(account))))
				.andExpect(status().isForbidden());
		}
	}

	@Test
	void programsPageListsTheFourPrograms() throws Exception {
		String grad = this.fixtures.account(Role.GRAD_SCHOOL);
		this.mvc.perform(get("/organization/programs").with(user(this.fixtures.login(grad))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("PUMC-PRO-MASTER")))
			.andExpect(content().string(containsString("TMU-PRO-DOCTOR")))
			.andExpect(content().string(containsString("ZJU-DOCTOR")))
			.andExpect(content().string(containsString("PUMCH-POSTDOC")));
	}

}
