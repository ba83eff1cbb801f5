package com.clinigrad.courses.web;

import com.clinigrad.accounts.Role;
import com.clinigrad.support.Fixtures;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A course the catalog refuses goes back to the course form with the reason and what was
 * typed (the controller does not catch the refusal itself); other roles may not create.
 */
@SpringBootTest
@AutoConfigureMockMvc
class CourseFormRefusalTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Test
	void aTakenCodeGoesBackToTheFormWithTheReasonAndWhatWasTyped() throws Exception {
		Fixtures fixtures = Fixtures.in(this.context);
		UserDetails school = fixtures.login(fixtures.account(Role.GRAD_SCHOOL));
		String code = fixtures.unique("C").replaceAll("[^A-Za-z0-9]", "");
		this.mvc.perform(course(code, "临床流行病学", school)).andExpect(redirectedUrl("/courses"));

		MvcResult refused = this.mvc.perform(course(code, "循证医学方法", school))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/courses/new"))
			.andExpect(flash().attribute("flashError", "course.error.codeTaken"))
			.andReturn();
		this.mvc.perform(get("/courses/new").flashAttrs(refused.getFlashMap()).with(user(school)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("课程代码 " + code + " 已存在。")))
			.andExpect(content().string(containsString("value=\"循证医学方法\"")));

		UserDetails admin = fixtures.login(fixtures.account(Role.ADMIN));
		this.mvc.perform(course(fixtures.unique("D").replaceAll("[^A-Za-z0-9]", ""), "x", admin))
			.andExpect(status().isForbidden());
	}

	@Test
	void lettersInANumberFieldAreRefusedInTheUsersLanguageAndKept() throws Exception {
		Fixtures fixtures = Fixtures.in(this.context);
		UserDetails school = fixtures.login(fixtures.account(Role.GRAD_SCHOOL));
		for (String[] language : new String[][] { { "zh_CN", "请输入数字，如 85 或 85.5", "请输入整数，如 3" },
				{ "en", "Enter a number, e.g. 85 or 85.5", "Enter a whole number, e.g. 3" } }) {
			String code = fixtures.unique("T").replaceAll("[^A-Za-z0-9]", "");
			this.mvc
				.perform(post("/courses/new").param("lang", language[0])
					.param("code", code)
					.param("name", "循证医学方法")
					.param("category", "ELECTIVE")
					.param("credits", "两学分")
					.param("hours", "32h")
					.with(csrf())
					.with(user(school)))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString(language[1])))
				.andExpect(content().string(containsString(language[2])))
				.andExpect(content().string(containsString("value=\"两学分\"")))
				.andExpect(content().string(org.hamcrest.Matchers.not(containsString("Failed to convert"))));
		}
	}

	private org.springframework.test.web.servlet.RequestBuilder course(String code, String name, UserDetails who) {
		return post("/courses/new").param("code", code)
			.param("name", name)
			.param("category", "ELECTIVE")
			.param("credits", "2")
			.param("hours", "32")
			.header("Referer", "http://localhost/courses/new")
			.with(csrf())
			.with(user(who));
	}

}
