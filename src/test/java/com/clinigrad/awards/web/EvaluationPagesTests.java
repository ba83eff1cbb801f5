package com.clinigrad.awards.web;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

import com.clinigrad.accounts.Role;
import com.clinigrad.awards.EthicsCommand;
import com.clinigrad.awards.EthicsFile;
import com.clinigrad.awards.EthicsSource;
import com.clinigrad.courses.CourseRecords;
import com.clinigrad.courses.GradeEntry;
import com.clinigrad.shared.SchoolTime;
import com.clinigrad.students.StudentStatus;
import com.clinigrad.support.Fixtures;
import com.clinigrad.support.SentFromAPage;
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

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The comprehensive evaluation through its pages: the ranking of a scheme's population
 * with the delayed and the vetoed students excluded and named, a student's result
 * explained down to the course, and who may see which.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(SentFromAPage.class)
class EvaluationPagesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	EthicsFile ethics;

	@Autowired
	CourseRecords courses;

	Fixtures fixtures;

	String hospital;

	String supervisor;

	String good;

	String delayed;

	String vetoed;

	long pumc;

	@BeforeEach
	void setUp() {
		this.fixtures = Fixtures.in(this.context);
		this.hospital = this.fixtures.hospital();
		this.supervisor = this.fixtures.supervisor(this.hospital);
		this.good = this.fixtures.student(this.hospital, this.supervisor);
		this.delayed = this.fixtures.student(this.hospital, this.supervisor, StudentStatus.DELAYED);
		this.vetoed = this.fixtures.student(this.hospital, this.supervisor);
		this.ethics.recordAs(this.vetoed,
				new EthicsCommand(SchoolTime.today().minusMonths(1), EthicsSource.INCIDENT, "严重违反医德医风", true, null),
				true, "教育处");
		this.pumc = this.jdbc.sql("select id from award_scheme where university = 'PUMC' and year = 2026")
			.query(Long.class)
			.single();
		String course = this.fixtures.unique("EV");
		this.jdbc.sql("""
				insert into course (code, name, name_en, category, credits)
				values (:c, '医学统计学', 'Medical statistics', 'PUBLIC_REQUIRED', 2)
				""").param("c", course).update();
		this.courses.upsertGrades(List.of(new GradeEntry(this.fixtures.studentId(this.good),
				this.fixtures.courseId(course), "2025-1", 1, new BigDecimal("91"), null)));
	}

	@Test
	void theRankingNamesWhoIsExcludedAndWhy() throws Exception {
		UserDetails grad = this.fixtures.login(this.fixtures.account(Role.GRAD_SCHOOL));
		this.mvc.perform(get("/awards/schemes/{id}/evaluation", this.pumc).with(user(grad)).param("lang", "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("data-student=\"" + this.good + "\"")))
			.andExpect(content().string(containsString("Delayed: not ranked")))
			.andExpect(content().string(containsString("Ethics veto: not ranked")));
		this.mvc
			.perform(get("/awards/schemes/{id}/evaluation/{no}", this.pumc, this.good).with(user(grad))
				.param("lang", "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Medical statistics (2025-1): 91 points × 2 credits")))
			.andExpect(content().string(containsString("Rank ")));
		this.mvc.perform(get("/awards/schemes/{id}/evaluation/{no}", this.pumc, this.vetoed).with(user(grad)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"exclusion-reason\"")))
			.andExpect(content().string(containsString("一票否决")));
	}

	@Test
	void eachSeesOnlyTheirOwn() throws Exception {
		UserDetails student = this.fixtures
			.login(this.fixtures.account(Set.of(Role.STUDENT), null, null, null, this.good));
		UserDetails ownSupervisor = this.fixtures
			.login(this.fixtures.account(Set.of(Role.SUPERVISOR), null, null, this.supervisor, null));
		String otherHospital = this.fixtures.hospital();
		UserDetails otherOffice = this.fixtures
			.login(this.fixtures.account(Set.of(Role.HOSPITAL_OFFICE), otherHospital, null, null, null));
		String otherStudent = this.fixtures.student(otherHospital, this.fixtures.supervisor(otherHospital));

		this.mvc.perform(get("/awards/schemes/{id}/evaluation/{no}", this.pumc, this.good).with(user(student)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"evaluation-total\"")));
		this.mvc.perform(get("/awards/schemes/{id}/evaluation/{no}", this.pumc, this.vetoed).with(user(student)))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/awards/schemes/{id}/evaluation", this.pumc).with(user(student)))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/awards/schemes/{id}/evaluation/{no}", this.pumc, this.good).with(user(ownSupervisor)))
			.andExpect(status().isOk());
		this.mvc.perform(get("/awards/schemes/{id}/evaluation", this.pumc).with(user(ownSupervisor)))
			.andExpect(status().isForbidden());
		// another hospital's office sees its own students in the ranking, not these
		this.mvc.perform(get("/awards/schemes/{id}/evaluation", this.pumc).with(user(otherOffice)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("data-student=\"" + otherStudent + "\"")))
			.andExpect(content().string(not(containsString("data-student=\"" + this.good + "\""))));
		this.mvc.perform(get("/awards/schemes/{id}/evaluation/{no}", this.pumc, this.good).with(user(otherOffice)))
			.andExpect(status().isNotFound());
	}

}
