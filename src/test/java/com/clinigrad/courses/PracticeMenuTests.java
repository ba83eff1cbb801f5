package com.clinigrad.courses;

import java.util.Set;

import com.clinigrad.accounts.Role;
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
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The practice-credit menu follows the program: a student whose program counts practice
 * credits has the menu and the form; one whose program counts none has neither, and the
 * page answers in words; the offices that review applications keep the menu.
 */
@SpringBootTest
@AutoConfigureMockMvc
class PracticeMenuTests {

	private static final String MENU = "href=\"/practice\"";

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Test
	void aStudentWhoseProgramCountsNoPracticeCreditsSeesNoMenuAndNoForm() throws Exception {
		Fixtures fixtures = Fixtures.in(this.context);
		String hospital = fixtures.hospital();
		String supervisor = fixtures.supervisor(hospital);
		String doctoral = fixtures.doctoralStudent("TMU-PRO-DOCTOR", hospital, supervisor, null);
		UserDetails student = fixtures.login(fixtures.account(Set.of(Role.STUDENT), null, null, null, doctoral));
		this.mvc.perform(get("/").with(user(student)))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString(MENU))));
		this.mvc.perform(get("/students/" + doctoral + "/rotations").with(user(student)))
			.andExpect(content().string(not(containsString(MENU))));
		this.mvc.perform(get("/practice").with(user(student)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"practice-not-offered\"")))
			.andExpect(content().string(containsString("不计社会实践与创新活动学分")))
			.andExpect(content().string(not(containsString("id=\"practice-form\""))));
		this.mvc
			.perform(multipart("/practice").param("title", "社区义诊")
				.param("summary", "本人参加社区义诊活动十二次，负责病史采集与随访记录整理，累计服务一百二十学时。")
				.param("credits", "2")
				.with(user(student))
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"practice-not-offered\"")))
			.andExpect(content().string(not(containsString("id=\"practice-form\""))));
		this.mvc.perform(get("/practice").with(user(student)).param("lang", "en"))
			.andExpect(content().string(containsString("counts no credits for social practice")));
	}

	@Test
	void aStudentWhoseProgramCountsThemAndTheOfficesKeepTheMenu() throws Exception {
		Fixtures fixtures = Fixtures.in(this.context);
		String hospital = fixtures.hospital();
		String master = fixtures.student(hospital, fixtures.supervisor(hospital));
		UserDetails student = fixtures.login(fixtures.account(Set.of(Role.STUDENT), null, null, null, master));
		this.mvc.perform(get("/").with(user(student))).andExpect(content().string(containsString(MENU)));
		this.mvc.perform(get("/practice").with(user(student)))
			.andExpect(content().string(containsString("id=\"practice-form\"")));
		UserDetails office = fixtures.login(fixtures.account(Set.of(Role.HOSPITAL_OFFICE), hospital, null, null, null));
		this.mvc.perform(get("/").with(user(office))).andExpect(content().string(containsString(MENU)));
		UserDetails supervisor = fixtures
			.login(fixtures.account(Set.of(Role.SUPERVISOR), null, null, fixtures.supervisor(hospital), null));
		this.mvc.perform(get("/").with(user(supervisor))).andExpect(content().string(not(containsString(MENU))));
	}

}
