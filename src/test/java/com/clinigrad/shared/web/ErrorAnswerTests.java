package com.clinigrad.shared.web;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import com.clinigrad.accounts.AccountAdministration;
import com.clinigrad.accounts.Role;
import com.clinigrad.support.Fixtures;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * No answer carries database or Java internals: control characters in a form are refused
 * with a page in the user's words, {@code /error} asked for directly is a missing page.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
class ErrorAnswerTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@LocalServerPort
	int port;

	@Test
	void aNulByteInAFormIsRefusedNamingTheFieldAndNothingIsSaved() throws Exception {
		Fixtures fixtures = Fixtures.in(this.context);
		String admin = fixtures.account(Role.ADMIN);
		String username = fixtures.unique("nul").toLowerCase();
		this.mvc
			.perform(post("/admin/accounts/new").param("username", username)
				.param("password", "a-long-password")
				.param("displayName", "王\u0000老师")
				.param("roles", "GRAD_SCHOOL")
				.with(csrf())
				.with(user(fixtures.login(admin))))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(allOf(containsString("提交的内容中含有不允许的控制字符"), not(containsString("displayName")),
					not(containsString("PSQL")), not(containsString("Exception")))));
		assertThat(this.context.getBean(AccountAdministration.class).exists(username)).isFalse();
		this.mvc
			.perform(get("/students").param("q", "\u0000")
				.with(user(fixtures.login(fixtures.account(Role.GRAD_SCHOOL)))))
			.andExpect(status().isBadRequest());
	}

	@Test
	void theErrorPathAskedForDirectlyIsNotFound() throws Exception {
		HttpResponse<String> answer = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + "/error"))
				.header("Accept", "text/html")
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(answer.statusCode()).isEqualTo(404);
		assertThat(answer.body()).contains("未找到");
	}

}
