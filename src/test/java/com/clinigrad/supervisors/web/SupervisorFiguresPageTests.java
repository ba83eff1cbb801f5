package com.clinigrad.supervisors.web;

import java.util.List;
import java.util.Set;

import com.clinigrad.accounts.Role;
import com.clinigrad.supervisors.AgeBand;
import com.clinigrad.supervisors.SupervisorCounts;
import com.clinigrad.supervisors.TitleLevel;
import com.clinigrad.support.Fixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The supervisor figures page: the table by title and age band, the ratio, the chart
 * drawn from the table; the graduate school and the degree committee only.
 */
@SpringBootTest
@AutoConfigureMockMvc
class SupervisorFiguresPageTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	Fixtures fixtures;

	String hospital;

	String supervisor;

	@BeforeEach
	void setUp() {
		this.fixtures = Fixtures.in(this.context);
		this.hospital = this.fixtures.hospital();
		this.supervisor = this.fixtures.supervisor(this.hospital);
	}

	@Test
	void staffSeeTheTableTheRatioAndTheChart() throws Exception {
		this.fixtures.doctoralStudent("ZJU-DOCTOR", this.hospital, this.supervisor, null);
		String staff = this.fixtures.account(Role.GRAD_SCHOOL);
		MvcResult result = this.mvc
			.perform(get("/supervisors/figures").param("year", "2026")
				.param("program", "ZJU-DOCTOR")
				.with(user(this.fixtures.login(staff))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"title-age-table\"")))
			.andExpect(content().string(containsString("data-chart-for=\"title-age-table\"")))
			.andExpect(content().string(containsString("/chart.umd.min-")))
			.andExpect(content().string(containsString("46–55岁")))
			.andReturn();
		SupervisorCounts counts = (SupervisorCounts) result.getModelAndView().getModel().get("counts");
		// the fixture's supervisor: full senior, born 1970, both qualifications by the
		// flags
		assertThat(counts.count(TitleLevel.FULL_SENIOR, AgeBand.FROM_56_TO_60)).isGreaterThanOrEqualTo(1);
		assertThat(counts.doctoral()).isGreaterThanOrEqualTo(1);
		assertThat(counts.studentsInTraining()).isGreaterThanOrEqualTo(1);
		String committee = this.fixtures.account(Role.DEGREE_COMMITTEE);
		this.mvc.perform(get("/supervisors/figures").param("lang", "en").with(user(this.fixtures.login(committee))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Students per supervisor")));
	}

	@Test
	void supervisorsStudentsAndHospitalOfficesAreRefused() throws Exception {
		String student = this.fixtures.student(this.hospital, this.supervisor);
		for (String username : List.of(
				this.fixtures.account(Set.of(Role.SUPERVISOR), null, null, this.supervisor, null),
				this.fixtures.account(Set.of(Role.STUDENT), null, null, null, student),
				this.fixtures.account(Set.of(Role.HOSPITAL_OFFICE), this.hospital, null, null, null))) {
			this.mvc.perform(get("/supervisors/figures").with(user(this.fixtures.login(username))))
				.andExpect(status().isForbidden());
		}
	}

}
