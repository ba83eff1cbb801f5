package com.clinigrad.shared.web;

import com.clinigrad.accounts.Role;
import com.clinigrad.shared.BusinessRuleException;
import com.clinigrad.support.Fixtures;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.stereotype.Controller;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.web.bind.annotation.PostMapping;

import static org.assertj.core.api.Assertions.assertThat;
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
 * The one way a refusal reaches a page: back to the page the form was sent from, with the
 * reason in words and what was typed (never a password); the 409 page where there is no
 * page to go back to.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(RefusalAnswerTests.RefusingController.class)
class RefusalAnswerTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Test
	void aRefusedFormGoesBackToItsPageWithTheReasonAndWhatWasTyped() throws Exception {
		MvcResult refused = this.mvc
			.perform(post("/refusal-test").param("comment", "三页评语")
				.param("newPassword", "secret-typed")
				.header("Referer", "http://elsewhere.example/students?cohort=2022")
				.with(csrf())
				.with(staff()))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/students?cohort=2022"))
			.andExpect(flash().attribute("flashError", "error.conflict.concurrent"))
			.andReturn();
		SubmittedForm typed = (SubmittedForm) refused.getFlashMap().get(SubmittedForm.ATTRIBUTE);
		assertThat(typed.value("comment")).isEqualTo("三页评语");
		assertThat(typed.value("newPassword")).isNull();
		assertThat(typed.value("_csrf")).isNull();
		Form restored = typed.restore(new Form());
		assertThat(restored.getComment()).isEqualTo("三页评语");

		this.mvc.perform(get("/students?cohort=2022").flashAttrs(refused.getFlashMap()).with(staff()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("该记录已被他人修改")));
	}

	@Test
	void withoutAPageToGoBackToTheRefusalIsThe409Page() throws Exception {
		this.mvc.perform(post("/refusal-test").param("comment", "x").with(csrf()).with(staff()))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("该记录已被他人修改")));
		this.mvc
			.perform(post("/refusal-test").header("Referer", "/students")
				.header("HX-Request", "true")
				.with(csrf())
				.with(staff()))
			.andExpect(status().isConflict());
	}

	@Test
	void theWayBackNeverLeavesThisServer() throws Exception {
		this.mvc
			.perform(post("/refusal-test").header("Referer", "//elsewhere.example/students").with(csrf()).with(staff()))
			.andExpect(redirectedUrl("/students"));
		this.mvc.perform(post("/refusal-test").header("Referer", "javascript:alert(1)").with(csrf()).with(staff()))
			.andExpect(status().isConflict());
	}

	private RequestPostProcessor staff() {
		Fixtures fixtures = Fixtures.in(this.context);
		return user(fixtures.login(fixtures.account(Role.GRAD_SCHOOL)));
	}

	public static class Form {

		private String comment;

		public String getComment() {
			return this.comment;
		}

		public void setComment(String comment) {
			this.comment = comment;
		}

	}

	@TestConfiguration
	@Controller
	static class RefusingController {

		@PostMapping("/refusal-test")
		String refuse() {
			throw new BusinessRuleException("error.conflict.concurrent");
		}

	}

}
