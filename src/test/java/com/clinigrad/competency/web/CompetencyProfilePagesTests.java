package com.clinigrad.competency.web;

import java.util.Set;

import com.clinigrad.accounts.Role;
import com.clinigrad.support.Fixtures;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The competency framework and a trainee's profile: recorded assessments read as levels
 * by the framework's data, for postdocs and residency-track students alike.
 */
@SpringBootTest
@AutoConfigureMockMvc
class CompetencyProfilePagesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theFrameworkShowsTheSixCompetenciesWithTheirLevels() throws Exception {
		Fixtures fixtures = Fixtures.in(this.context);
		UserDetails student = fixtures.login(fixtures.account(Role.DEGREE_COMMITTEE));
		this.mvc.perform(get("/competencies").with(user(student)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("终生学习")))
			.andExpect(content().string(containsString("可指导他人，达到专科医师水平")))
			.andExpect(content().string(containsString("迷你临床演练评估（Mini-CEX）")));
	}

	@Test
	void anAnnualAssessmentOfAResidencyStudentReadsAsLevels() throws Exception {
		Fixtures fixtures = Fixtures.in(this.context);
		String hospital = fixtures.hospital();
		String supervisor = fixtures.supervisor(hospital);
		String studentNo = fixtures.student(hospital, supervisor);
		this.jdbc.sql("""
				insert into rotation_assessment (student_id, kind, assessment_year, passed, professionalism,
				    knowledge_skills, patient_care, communication, teaching, lifelong_learning, assessed_on, assessor)
				values (:s, 'ANNUAL', 2025, true, 9, 5, 7, 1, 5, 5, date '2025-07-10', 'office')
				""").param("s", fixtures.studentId(studentNo)).update();
		UserDetails own = fixtures.login(fixtures.account(Set.of(Role.STUDENT), null, null, null, studentNo));
		this.mvc.perform(get("/students/" + studentNo + "/competencies").with(user(own)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("data-chart=")))
			.andExpect(content().string(containsString("&quot;2025-07&quot;")))
			.andExpect(content().string(containsString("<strong>5.0</strong>")))
			.andExpect(content().string(containsString("<strong>4.0</strong>")))
			.andExpect(content().string(containsString("<strong>1.0</strong>")))
			.andExpect(content().string(containsString("可指导他人，达到专科医师水平")));
		this.mvc.perform(get("/students/" + studentNo + "/competencies").param("lang", "en").with(user(own)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Annual assessment")))
			.andExpect(content().string(containsString("&quot;Lifelong learning&quot;")));
		UserDetails otherHospitalOffice = fixtures
			.login(fixtures.account(Set.of(Role.HOSPITAL_OFFICE), fixtures.hospital(), null, null, null));
		this.mvc.perform(get("/students/" + studentNo + "/competencies").with(user(otherHospitalOffice)))
			.andExpect(status().isNotFound());
	}

}
