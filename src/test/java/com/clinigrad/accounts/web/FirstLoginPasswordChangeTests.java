package com.clinigrad.accounts.web;

import java.util.Locale;

import com.clinigrad.accounts.Role;
import com.clinigrad.support.Fixtures;
import com.clinigrad.support.SessionCookie;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A password someone else chose (an administrator's reset, a bulk creation) must be
 * replaced at the first login: every page leads to the change until it is done, the API
 * refuses with a JSON message, and both open once the password is changed.
 */
@SpringBootTest
@AutoConfigureMockMvc
class FirstLoginPasswordChangeTests {

	static final String RESET_PASSWORD = "Vorlaeufig-Kiefer-93";

	static final String OWN_PASSWORD = "Mondschein-Tal-2841";

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcClient jdbc;

	Fixtures fixtures;

	@BeforeEach
	void setUp() {
		this.fixtures = Fixtures.in(this.context);
	}

	@Test
	void afterAnAdministratorsResetEveryPageLeadsToThePasswordChangeUntilItIsDone() throws Exception {
		String username = resetByAdministrator(Role.GRAD_SCHOOL);
		SessionCookie session = new SessionCookie();
		this.mvc.perform(formLogin("/login").user(username).password(RESET_PASSWORD))
			.andDo(session)
			.andExpect(redirectedUrl("/"));
		for (String page : new String[] { "/", "/students", "/supervisors", "/courses/offerings", "/admin/accounts" }) {
			this.mvc.perform(get(page).with(session))
				.andExpect((result) -> assertThat(result.getResponse().getStatus()).as(page).isIn(302, 403));
		}
		this.mvc.perform(get("/students").with(session)).andExpect(redirectedUrl("/account"));
		this.mvc.perform(post("/students/import").with(csrf()).with(session)).andExpect(redirectedUrl("/account"));
		this.mvc.perform(get("/account").with(session))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"must-change\"")))
			.andExpect(content().string(containsString("请先设置您自己的密码")));
		this.mvc.perform(get("/account").param("lang", "en").with(session))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Choose your own password first")));
		this.mvc.perform(get("/static/css/clinigrad.css").with(session)).andExpect(status().isOk());

		this.mvc
			.perform(post("/account/password").param("currentPassword", RESET_PASSWORD)
				.param("newPassword", OWN_PASSWORD)
				.param("confirmPassword", OWN_PASSWORD)
				.param("version", Long.toString(version(username)))
				.with(csrf())
				.with(session))
			.andExpect(redirectedUrl("/"));
		this.mvc.perform(get("/").with(session)).andExpect(status().isOk());
		this.mvc.perform(get("/students").with(session)).andExpect(status().isOk());
		assertThat(mustChange(username)).isFalse();
		this.mvc.perform(get("/account").with(session))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString("id=\"must-change\""))));
	}

	@Test
	void logoutStaysOpenBeforeTheChange() throws Exception {
		String username = resetByAdministrator(Role.GRAD_SCHOOL);
		this.mvc.perform(post("/logout").with(csrf()).with(user(this.fixtures.login(username))))
			.andExpect(redirectedUrl("/login?logout"));
	}

	@Test
	void theApiRefusesAnAccountThatMustChangeItsPasswordWithAClearMessage() throws Exception {
		String username = resetByAdministrator(Role.GRAD_SCHOOL);
		this.mvc.perform(get("/api/v1/students/NO-SUCH/audit").with(httpBasic(username, RESET_PASSWORD)))
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.status").value(403))
			.andExpect(jsonPath("$.error").value("PASSWORD_CHANGE_REQUIRED"))
			.andExpect(jsonPath("$.message").value(containsString("须先在网页上修改密码")));
		this.mvc
			.perform(get("/api/v1/students/NO-SUCH/audit").header(HttpHeaders.ACCEPT_LANGUAGE, "en")
				.with(httpBasic(username, RESET_PASSWORD)))
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.message").value(containsString("must first change its password")));

		this.mvc
			.perform(post("/account/password").locale(Locale.SIMPLIFIED_CHINESE)
				.param("currentPassword", RESET_PASSWORD)
				.param("newPassword", OWN_PASSWORD)
				.param("confirmPassword", OWN_PASSWORD)
				.param("version", Long.toString(version(username)))
				.with(csrf())
				.with(user(this.fixtures.login(username))))
			.andExpect(redirectedUrl("/"));
		this.mvc.perform(get("/api/v1/students/NO-SUCH/audit").with(httpBasic(username, OWN_PASSWORD)))
			.andExpect(status().isNotFound());
	}

	@Test
	void anAccountAnAdministratorCreatesMustChangeItsFirstPassword() throws Exception {
		String admin = this.fixtures.account(Role.ADMIN);
		String username = this.fixtures.unique("first").toLowerCase(Locale.ROOT);
		this.mvc
			.perform(post("/admin/accounts/new").param("username", username)
				.param("password", RESET_PASSWORD)
				.param("displayName", "新同事")
				.param("enabled", "true")
				.param("roles", "GRAD_SCHOOL")
				.with(csrf())
				.with(user(this.fixtures.login(admin))))
			.andExpect(status().isFound());
		assertThat(mustChange(username)).isTrue();
		this.mvc.perform(get("/").with(user(this.fixtures.login(username)))).andExpect(redirectedUrl("/account"));
	}

	/**
	 * @return an account whose password an administrator reset to {@link #RESET_PASSWORD}
	 */
	private String resetByAdministrator(Role role) throws Exception {
		String username = this.fixtures.account(role);
		String admin = this.fixtures.account(Role.ADMIN);
		long id = this.jdbc.sql("select id from user_account where username = :u")
			.param("u", username)
			.query(Long.class)
			.single();
		this.mvc
			.perform(post("/admin/accounts/" + id + "/password").param("password", RESET_PASSWORD)
				.with(csrf())
				.with(user(this.fixtures.login(admin))))
			.andExpect(status().isFound());
		assertThat(mustChange(username)).isTrue();
		return username;
	}

	private boolean mustChange(String username) {
		return this.jdbc.sql("select must_change_password from user_account where username = :u")
			.param("u", username)
			.query(Boolean.class)
			.single();
	}

	private long version(String username) {
		return this.jdbc.sql("select version from user_account where username = :u")
			.param("u", username)
			.query(Long.class)
			.single();
	}

}
