package com.clinigrad.careers;

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
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A graduate enters their own destination; the graduate school sees the year's with the
 * rate; nobody else writes one, and nobody out of scope reads one.
 */
@SpringBootTest
@AutoConfigureMockMvc
class EmploymentPagesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcClient jdbc;

	Fixtures fixtures;

	String hospital;

	String supervisor;

	String graduate;

	String graduateAccount;

	@BeforeEach
	void setUp() {
		this.fixtures = Fixtures.in(this.context);
		this.hospital = this.fixtures.hospital();
		this.supervisor = this.fixtures.supervisor(this.hospital);
		this.graduate = this.fixtures.student(this.hospital, this.supervisor, StudentStatus.GRADUATED);
		this.graduateAccount = this.fixtures.account(Set.of(Role.STUDENT), null, null, null, this.graduate);
	}

	@Test
	void aGraduationBeforeEnrolmentIsRefusedAndNothingIsRecorded() throws Exception {
		MvcResult refused = this.mvc
			.perform(post("/students/" + this.graduate + "/employment").param("graduatedOn", "1999-01-01")
				.param("destinationKind", "HOSPITAL_TERTIARY")
				.param("employer", "天津医科大学总医院")
				.header("Referer", "/students/" + this.graduate + "/employment")
				.with(user(this.fixtures.login(this.graduateAccount)))
				.with(csrf()))
			.andExpect(redirectedUrl("/students/" + this.graduate + "/employment"))
			.andReturn();
		assertThat(this.jdbc.sql("select count(*) from employment where student_no = :no")
			.param("no", this.graduate)
			.query(Integer.class)
			.single()).isZero();
		this.mvc
			.perform(get("/students/" + this.graduate + "/employment").flashAttrs(refused.getFlashMap())
				.with(user(this.fixtures.login(this.graduateAccount))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("毕业日期不能早于入学日期（2023-09-01）。")))
			.andExpect(content().string(containsString("value=\"1999-01-01\"")));
	}

	@Test
	void aGraduateEntersTheirOwnDestinationAndTheOfficeSeesItInTheYear() throws Exception {
		this.mvc.perform(get("/employment/mine").with(user(this.fixtures.login(this.graduateAccount))))
			.andExpect(redirectedUrl("/students/" + this.graduate + "/employment"));
		this.mvc
			.perform(post("/students/" + this.graduate + "/employment").param("graduatedOn", "2073-06-30")
				.param("destinationKind", "HOSPITAL_TERTIARY")
				.param("employer", "天津医科大学总医院")
				.param("region", "天津")
				.with(user(this.fixtures.login(this.graduateAccount)))
				.with(csrf()))
			.andExpect(redirectedUrl("/students/" + this.graduate + "/employment"));
		assertThat(this.jdbc.sql("select recorded_by from employment where student_no = :no")
			.param("no", this.graduate)
			.query(String.class)
			.single()).isEqualTo(this.graduateAccount);
		String staff = this.fixtures.account(Role.GRAD_SCHOOL);
		this.mvc.perform(get("/employment").param("year", "2073").with(user(this.fixtures.login(staff))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("天津医科大学总医院")));
		// the supervisor reads it, but does not write it
		String supervisorAccount = this.fixtures.account(Set.of(Role.SUPERVISOR), null, null, this.supervisor, null);
		this.mvc
			.perform(get("/students/" + this.graduate + "/employment")
				.with(user(this.fixtures.login(supervisorAccount))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("天津")));
		this.mvc
			.perform(post("/students/" + this.graduate + "/employment").param("graduatedOn", "2073-06-30")
				.param("destinationKind", "UNEMPLOYED")
				.param("version", "0")
				.with(user(this.fixtures.login(supervisorAccount)))
				.with(csrf()))
			.andExpect(status().isForbidden());
		assertThat(this.jdbc.sql("select destination_kind from employment where student_no = :no")
			.param("no", this.graduate)
			.query(String.class)
			.single()).isEqualTo("HOSPITAL_TERTIARY");
	}

	@Test
	void anotherStudentOrHospitalNeitherReadsNorWrites() throws Exception {
		String other = this.fixtures.student(this.hospital, this.supervisor, StudentStatus.GRADUATED);
		String otherAccount = this.fixtures.account(Set.of(Role.STUDENT), null, null, null, other);
		this.mvc
			.perform(get("/students/" + this.graduate + "/employment").with(user(this.fixtures.login(otherAccount))))
			.andExpect(status().isNotFound());
		this.mvc
			.perform(post("/students/" + this.graduate + "/employment").param("graduatedOn", "2073-06-30")
				.param("destinationKind", "UNEMPLOYED")
				.with(user(this.fixtures.login(otherAccount)))
				.with(csrf()))
			.andExpect(status().isForbidden());
		String otherHospital = this.fixtures.account(Set.of(Role.HOSPITAL_OFFICE), this.fixtures.hospital(), null, null,
				null);
		this.mvc
			.perform(get("/students/" + this.graduate + "/employment").with(user(this.fixtures.login(otherHospital))))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/employment").with(user(this.fixtures.login(otherHospital))))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/employment").with(user(this.fixtures.login(otherAccount))))
			.andExpect(status().isForbidden());
		assertThat(this.jdbc.sql("select count(*) from employment where student_no = :no")
			.param("no", this.graduate)
			.query(Long.class)
			.single()).isZero();
	}

}
