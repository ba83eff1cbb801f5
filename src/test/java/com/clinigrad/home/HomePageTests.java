package com.clinigrad.home;

import java.util.Set;

import com.clinigrad.accounts.Role;
import com.clinigrad.support.Fixtures;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Each role's dashboard shows that role's panel and nothing of other scopes.
 */
@SpringBootTest
@AutoConfigureMockMvc
class HomePageTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Test
	void everyRoleReachesItsDashboard() throws Exception {
		Fixtures fixtures = Fixtures.in(this.context);
		String hospital = fixtures.hospital();
		String supervisor = fixtures.supervisor(hospital);
		String student = fixtures.student(hospital, supervisor);
		String otherStudent = fixtures.student(fixtures.hospital(), fixtures.supervisor(null));

		this.mvc.perform(get("/").with(user(fixtures.login(fixtures.account(Role.GRAD_SCHOOL)))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"student-stats\"")))
			.andExpect(content().string(containsString("id=\"by-program\"")));
		this.mvc
			.perform(get("/")
				.with(user(fixtures.login(fixtures.account(Set.of(Role.HOSPITAL_OFFICE), hospital, null, null, null)))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"my-hospital\"")));
		this.mvc
			.perform(get("/").with(
					user(fixtures.login(fixtures.account(Set.of(Role.DEPT_COORDINATOR), hospital, "D1", null, null)))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"my-department\"")));
		this.mvc
			.perform(get("/")
				.with(user(fixtures.login(fixtures.account(Set.of(Role.SUPERVISOR), null, null, supervisor, null)))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"my-students\"")))
			.andExpect(content().string(containsString(student)))
			.andExpect(content().string(containsString(programName("PUMC-PRO-MASTER"))))
			.andExpect(content().string(not(containsString(otherStudent))));
		this.mvc
			.perform(get("/")
				.with(user(fixtures.login(fixtures.account(Set.of(Role.STUDENT), null, null, null, student)))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"my-record\"")));
		this.mvc.perform(get("/").with(user(fixtures.login(fixtures.account(Role.EXPERT)))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"my-reviews-slot\"")));
		this.mvc.perform(get("/").with(user(fixtures.login(fixtures.account(Role.DEGREE_COMMITTEE)))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"student-stats\"")));
		this.mvc.perform(get("/").with(user(fixtures.login(fixtures.account(Role.ADMIN)))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"admin-panel\"")));
	}

	@Test
	void theDashboardSpeaksEnglishOnRequest() throws Exception {
		Fixtures fixtures = Fixtures.in(this.context);
		this.mvc.perform(get("/").param("lang", "en").with(user(fixtures.login(fixtures.account(Role.GRAD_SCHOOL)))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Students by program")));
	}

	private String programName(String code) {
		return this.context.getBean(com.clinigrad.organization.Organization.class)
			.programs()
			.stream()
			.filter((program) -> program.code().equals(code))
			.findFirst()
			.orElseThrow()
			.name();
	}

}
