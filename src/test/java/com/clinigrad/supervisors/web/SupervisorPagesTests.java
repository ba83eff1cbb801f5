package com.clinigrad.supervisors.web;

import java.util.Set;

import com.clinigrad.accounts.Role;
import com.clinigrad.supervisors.SupervisorDirectory;
import com.clinigrad.supervisors.TitleLevel;
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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The supervisor pages: scope per role, editing by the graduate school, history.
 */
@SpringBootTest
@AutoConfigureMockMvc
class SupervisorPagesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	SupervisorDirectory directory;

	Fixtures fixtures;

	String hospital;

	String otherHospital;

	String supervisor;

	String otherSupervisor;

	String student;

	@BeforeEach
	void createData() {
		this.fixtures = Fixtures.in(this.context);
		this.hospital = this.fixtures.hospital();
		this.otherHospital = this.fixtures.hospital();
		this.supervisor = this.fixtures.supervisor(this.hospital);
		this.otherSupervisor = this.fixtures.supervisor(this.otherHospital);
		this.student = this.fixtures.student(this.hospital, this.supervisor);
	}

	@Test
	void detailListsTheStudentsSupervised() throws Exception {
		String grad = this.fixtures.account(Role.GRAD_SCHOOL);
		this.mvc.perform(get("/supervisors/" + this.supervisor).with(user(this.fixtures.login(grad))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(this.student)));
		this.mvc.perform(get("/supervisors").param("q", this.supervisor).with(user(this.fixtures.login(grad))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(this.supervisor)))
			.andExpect(content().string(not(containsString(this.otherSupervisor))));
	}

	@Test
	void hospitalOfficeSeesOnlyItsHospitalsSupervisors() throws Exception {
		String office = this.fixtures.account(Set.of(Role.HOSPITAL_OFFICE), this.hospital, null, null, null);
		this.mvc.perform(get("/supervisors").with(user(this.fixtures.login(office))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(this.supervisor)))
			.andExpect(content().string(not(containsString(this.otherSupervisor))));
		this.mvc.perform(get("/supervisors/" + this.otherSupervisor).with(user(this.fixtures.login(office))))
			.andExpect(status().isNotFound());
	}

	@Test
	void theSupervisorPageListsOnlyTheStudentsTheCallerMaySee() throws Exception {
		String elsewhere = this.fixtures.student(this.otherHospital, this.supervisor);
		String office = this.fixtures.account(Set.of(Role.HOSPITAL_OFFICE), this.hospital, null, null, null);
		this.mvc.perform(get("/supervisors/" + this.supervisor).with(user(this.fixtures.login(office))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(this.student)))
			.andExpect(content().string(not(containsString(elsewhere))));
		String admin = this.fixtures.account(Role.ADMIN);
		this.mvc.perform(get("/supervisors/" + this.supervisor).with(user(this.fixtures.login(admin))))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString(this.student))))
			.andExpect(content().string(not(containsString(elsewhere))));
		String grad = this.fixtures.account(Role.GRAD_SCHOOL);
		this.mvc.perform(get("/supervisors/" + this.supervisor).with(user(this.fixtures.login(grad))))
			.andExpect(content().string(containsString(this.student)))
			.andExpect(content().string(containsString(elsewhere)));
	}

	@Test
	void aSupervisorSeesOnlyThemselfAndAStudentNone() throws Exception {
		String sup = this.fixtures.account(Set.of(Role.SUPERVISOR), null, null, this.supervisor, null);
		this.mvc.perform(get("/supervisors/" + this.supervisor).with(user(this.fixtures.login(sup))))
			.andExpect(status().isOk());
		this.mvc.perform(get("/supervisors/" + this.otherSupervisor).with(user(this.fixtures.login(sup))))
			.andExpect(status().isNotFound());
		String me = this.fixtures.account(Set.of(Role.STUDENT), null, null, null, this.student);
		this.mvc.perform(get("/supervisors").with(user(this.fixtures.login(me)))).andExpect(status().isForbidden());
		this.mvc.perform(get("/supervisors/" + this.supervisor).with(user(this.fixtures.login(me))))
			.andExpect(status().isNotFound());
	}

	@Test
	void graduateSchoolEditsAndTheHistoryShowsOldAndNew() throws Exception {
		String grad = this.fixtures.account(Role.GRAD_SCHOOL);
		this.mvc
			.perform(post("/supervisors/" + this.supervisor + "/edit").param("name", "新名字")
				.param("titleLevel", "ASSOCIATE_SENIOR")
				.param("masterSupervisor", "true")
				.param("hospitalCode", this.hospital)
				.param("birthYear", "1975")
				.param("version", "0")
				.with(csrf())
				.with(user(this.fixtures.login(grad))))
			.andExpect(redirectedUrl("/supervisors/" + this.supervisor));
		assertThat(this.directory.byStaffNo(this.supervisor).orElseThrow().titleLevel())
			.isEqualTo(TitleLevel.ASSOCIATE_SENIOR);
		this.mvc.perform(get("/supervisors/" + this.supervisor).with(user(this.fixtures.login(grad))))
			.andExpect(content().string(containsString("导师" + this.supervisor)))
			.andExpect(content().string(containsString("新名字")))
			.andExpect(content().string(containsString("1975")))
			// who edited, by the account's display name, not the login
			.andExpect(content().string(containsString("<td>用户" + grad + "</td>")))
			.andExpect(content().string(not(containsString("<td>" + grad + "</td>"))))
			// a title and a switch in words, not their codes
			.andExpect(content().string(containsString("<td>副高</td>")))
			.andExpect(content().string(containsString("<td class=\"text-muted\">正高</td>")))
			.andExpect(content().string(containsString("<td class=\"text-muted\">是</td>")))
			.andExpect(content().string(containsString("<td>否</td>")))
			.andExpect(content().string(not(containsString("ASSOCIATE_SENIOR"))));
	}

	@Test
	void othersCannotEdit() throws Exception {
		String office = this.fixtures.account(Set.of(Role.HOSPITAL_OFFICE), this.hospital, null, null, null);
		this.mvc
			.perform(post("/supervisors/" + this.supervisor + "/edit").param("name", "x")
				.param("titleLevel", "INTERMEDIATE")
				.param("version", "0")
				.with(csrf())
				.with(user(this.fixtures.login(office))))
			.andExpect(status().isForbidden());
		assertThat(this.directory.byStaffNo(this.supervisor).orElseThrow().titleLevel())
			.isEqualTo(TitleLevel.FULL_SENIOR);
	}

}
