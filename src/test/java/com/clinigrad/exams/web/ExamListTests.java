package com.clinigrad.exams.web;

import java.time.Instant;
import java.util.Set;

import com.clinigrad.accounts.Role;
import com.clinigrad.exams.ExamFixtures;
import com.clinigrad.support.Fixtures;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The banks and sittings lists: filters in the URL, the export holds exactly what the
 * filter shows, in words; another hospital's office sees none of it.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ExamListTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Test
	void theSittingsListFiltersByStateAndExportsWhatItShows() throws Exception {
		ExamFixtures exam = ExamFixtures.open(this.context, 2, Instant.now().plusSeconds(3600), 60);
		UserDetails office = Fixtures.in(this.context).login(exam.office);
		this.mvc.perform(get("/exams/sittings").param("status", "PUBLISHED").with(user(office)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("心内科出科理论考试")))
			.andExpect(content().string(containsString("id=\"exam-sittings\"")));
		this.mvc.perform(get("/exams/sittings").param("status", "RELEASED").with(user(office)))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("心内科出科理论考试"))));
		this.mvc
			.perform(get("/exams/sittings").param("status", "PUBLISHED")
				.param("export", "csv")
				.header("Accept-Language", "zh-CN")
				.with(user(office)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("心内科出科理论考试")))
			.andExpect(content().string(containsString("已发布")))
			.andExpect(content().string(containsString("轮转出科理论考试")))
			.andExpect(content().string(not(containsString("PUBLISHED"))));
		// by what the sitting is for
		this.mvc.perform(get("/exams/sittings").param("purpose", "ROTATION_THEORY").with(user(office)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("心内科出科理论考试")));
		this.mvc.perform(get("/exams/sittings").param("purpose", "MIDTERM_THEORY").with(user(office)))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("心内科出科理论考试"))));
		this.mvc.perform(get("/exams/sittings").param("q", "不存在的考试").param("export", "csv").with(user(office)))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("心内科出科理论考试"))));
	}

	@Test
	void theBanksListFiltersByScopeAndOtherHospitalsSeeNone() throws Exception {
		ExamFixtures exam = ExamFixtures.open(this.context, 1, Instant.now().plusSeconds(3600), 60);
		Fixtures fixtures = Fixtures.in(this.context);
		UserDetails office = fixtures.login(exam.office);
		this.mvc.perform(get("/exams/banks").param("scope", "DEPARTMENT").param("q", "心内科").with(user(office)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("心内科出科题库")));
		this.mvc.perform(get("/exams/banks").param("scope", "COURSE").with(user(office)))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("心内科出科题库"))));
		this.mvc.perform(get("/exams/banks").param("export", "csv").param("q", "心内科").with(user(office)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("心内科出科题库")))
			.andExpect(content().string(not(containsString("DEPARTMENT"))));
		UserDetails otherOffice = fixtures
			.login(fixtures.account(Set.of(Role.HOSPITAL_OFFICE), fixtures.hospital(), null, null, null));
		this.mvc.perform(get("/exams/banks").param("export", "csv").with(user(otherOffice)))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("心内科出科题库"))));
		this.mvc.perform(get("/exams/banks").param("export", "csv").with(user(fixtures.login(exam.marker))))
			.andExpect(status().isForbidden());
	}

}
