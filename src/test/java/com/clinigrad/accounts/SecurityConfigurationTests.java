package com.clinigrad.accounts;

import java.util.List;
import java.util.Set;

import com.clinigrad.support.Fixtures;
import com.clinigrad.support.SessionCookie;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The security rules as a user meets them: login page for pages, HTTP Basic for the API,
 * CSRF, a new session at login, the lock after repeated failures, the admin area.
 */
@SpringBootTest
@AutoConfigureMockMvc
class SecurityConfigurationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	Fixtures fixtures;

	@BeforeEach
	void createFixtures() {
		this.fixtures = Fixtures.in(this.context);
	}

	@Test
	void anonymousPageRequestsGoToTheLoginPage() throws Exception {
		this.mvc.perform(get("/students")).andExpect(status().isFound()).andExpect(redirectedUrl("/login"));
		this.mvc.perform(get("/")).andExpect(status().isFound()).andExpect(redirectedUrl("/login"));
	}

	@Test
	void theLoginPageAndHealthArePublic() throws Exception {
		this.mvc.perform(get("/login")).andExpect(status().isOk());
		this.mvc.perform(get("/actuator/health"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("UP"));
	}

	@Test
	void apiWithoutCredentialsAsksForHttpBasic() throws Exception {
		this.mvc.perform(get("/api/students"))
			.andExpect(status().isUnauthorized())
			.andExpect(header().string(HttpHeaders.WWW_AUTHENTICATE, startsWith("Basic realm=\"Clinigrad\"")));
	}

	@Test
	void apiWithAWrongPasswordIsRefused() throws Exception {
		String username = this.fixtures.account(Role.GRAD_SCHOOL);
		this.mvc.perform(get("/api/students").with(httpBasic(username, "wrong-password")))
			.andExpect(status().isUnauthorized())
			.andExpect(header().string(HttpHeaders.WWW_AUTHENTICATE, startsWith("Basic")));
	}

	@Test
	void apiWithTheRightPasswordIsLetThrough() throws Exception {
		String username = this.fixtures.account(Role.GRAD_SCHOOL);
		this.mvc.perform(get("/api/no-such-resource").with(httpBasic(username, Fixtures.PASSWORD)))
			.andExpect(status().isNotFound());
	}

	@Test
	void formLoginWithTheRightPasswordLogsIn() throws Exception {
		String username = this.fixtures.account(Role.GRAD_SCHOOL);
		this.mvc.perform(formLogin("/login").user(username).password(Fixtures.PASSWORD))
			.andExpect(authenticated().withUsername(username))
			.andExpect(redirectedUrl("/"));
	}

	@Test
	void formLoginWithAWrongPasswordShowsTheError() throws Exception {
		String username = this.fixtures.account(Role.GRAD_SCHOOL);
		this.mvc.perform(formLogin("/login").user(username).password("wrong-password"))
			.andExpect(unauthenticated())
			.andExpect(redirectedUrl("/login?error"));
	}

	@Test
	void fourFailedLoginsStillAllowTheRightPassword() throws Exception {
		String username = this.fixtures.account(Role.GRAD_SCHOOL);
		failLogins(username, 4);
		this.mvc.perform(formLogin("/login").user(username).password(Fixtures.PASSWORD))
			.andExpect(authenticated().withUsername(username));
	}

	@Test
	void fiveFailedLoginsLockTheAccountEvenForTheRightPassword() throws Exception {
		String username = this.fixtures.account(Role.GRAD_SCHOOL);
		failLogins(username, 5);
		this.mvc.perform(formLogin("/login").user(username).password(Fixtures.PASSWORD))
			.andExpect(unauthenticated())
			.andExpect(redirectedUrl("/login?locked"));
		this.mvc.perform(get("/api/no-such-resource").with(httpBasic(username, Fixtures.PASSWORD)))
			.andExpect(status().isUnauthorized());
		this.mvc.perform(get("/login").param("locked", ""))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"login-locked\"")));
	}

	@Test
	void postingAPageFormWithoutCsrfTokenIsForbidden() throws Exception {
		String username = this.fixtures.account(Role.GRAD_SCHOOL);
		this.mvc.perform(post("/login").param("username", username).param("password", Fixtures.PASSWORD))
			.andExpect(status().isForbidden())
			.andExpect(unauthenticated());
		this.mvc.perform(post("/students").with(user(this.fixtures.login(username)))).andExpect(status().isForbidden());
	}

	@Test
	void loginChangesTheSessionId() throws Exception {
		String username = this.fixtures.account(Role.GRAD_SCHOOL);
		SessionCookie session = new SessionCookie();
		this.mvc.perform(get("/login").with(session)).andDo(session).andExpect(status().isOk());
		String before = session.value();
		assertThat(before).isNotNull();
		this.mvc
			.perform(post("/login").param("username", username)
				.param("password", Fixtures.PASSWORD)
				.with(csrf())
				.with(session))
			.andDo(session)
			.andExpect(authenticated());
		assertThat(session.value()).isNotNull().isNotEqualTo(before);
	}

	@Test
	void afterLoginThePageAskedForIsShownInsteadOfTheHomePage() throws Exception {
		String username = this.fixtures.account(Role.GRAD_SCHOOL);
		SessionCookie session = new SessionCookie();
		this.mvc.perform(get("/students?q={q}", "魏").with(session)).andDo(session).andExpect(redirectedUrl("/login"));
		MvcResult login = this.mvc
			.perform(post("/login").param("username", username)
				.param("password", Fixtures.PASSWORD)
				.with(csrf())
				.with(session))
			.andDo(session)
			.andExpect(authenticated().withUsername(username))
			.andExpect(status().isFound())
			.andReturn();
		String asked = login.getResponse().getRedirectedUrl();
		assertThat(asked).endsWith("/students?q=%E9%AD%8F");
		this.mvc.perform(get(java.net.URI.create(asked)).with(session)).andExpect(status().isOk());
		// kept once: the next login of the same session lands on the home page
		this.mvc.perform(post("/logout").with(csrf()).with(session)).andDo(session);
		this.mvc
			.perform(post("/login").param("username", username)
				.param("password", Fixtures.PASSWORD)
				.with(csrf())
				.with(session))
			.andExpect(redirectedUrl("/"));
	}

	@Test
	void aPanelAskedForBeforeLoginIsNotShownAfterIt() throws Exception {
		String username = this.fixtures.account(Role.GRAD_SCHOOL);
		SessionCookie session = new SessionCookie();
		this.mvc.perform(get("/reports/dashboard").header("HX-Request", "true").with(session))
			.andDo(session)
			.andExpect(status().isFound());
		this.mvc.perform(post("/students").with(csrf()).with(session)).andDo(session).andExpect(status().isFound());
		this.mvc
			.perform(post("/login").param("username", username)
				.param("password", Fixtures.PASSWORD)
				.with(csrf())
				.with(session))
			.andExpect(authenticated().withUsername(username))
			.andExpect(redirectedUrl("/"));
	}

	@Test
	void adminPagesAreForAdministratorsOnly() throws Exception {
		String hospital = this.fixtures.hospital();
		for (String username : List.of(this.fixtures.account(Role.GRAD_SCHOOL), this.fixtures.account(Role.EXPERT),
				this.fixtures.account(Set.of(Role.HOSPITAL_OFFICE), hospital, null, null, null))) {
			this.mvc.perform(get("/admin/accounts").with(user(this.fixtures.login(username))))
				.andExpect(status().isForbidden());
		}
		String admin = this.fixtures.account(Role.ADMIN);
		this.mvc.perform(get("/admin/accounts").with(user(this.fixtures.login(admin)))).andExpect(status().isOk());
	}

	@Test
	void theApiDescriptionIsForTheGraduateSchoolAndAdministrators() throws Exception {
		this.mvc.perform(get("/v3/api-docs")).andExpect(status().isFound()).andExpect(redirectedUrl("/login"));
		String hospital = this.fixtures.hospital();
		String student = this.fixtures.student(hospital, this.fixtures.supervisor(hospital));
		for (String username : List.of(this.fixtures.account(Role.EXPERT), this.fixtures.account(Role.FINANCE),
				this.fixtures.account(Set.of(Role.HOSPITAL_OFFICE), hospital, null, null, null),
				this.fixtures.account(Set.of(Role.STUDENT), null, null, null, student))) {
			this.mvc.perform(get("/v3/api-docs").with(user(this.fixtures.login(username))))
				.andExpect(status().isForbidden());
		}
		for (Role role : List.of(Role.GRAD_SCHOOL, Role.ADMIN)) {
			this.mvc.perform(get("/v3/api-docs").with(user(this.fixtures.login(role))))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.paths['/api/v1/students/{studentNo}/audit']").exists());
			this.mvc.perform(get("/swagger-ui/index.html").with(user(this.fixtures.login(role))))
				.andExpect(status().isOk());
		}
	}

	private void failLogins(String username, int times) throws Exception {
		for (int i = 0; i < times; i++) {
			this.mvc.perform(formLogin("/login").user(username).password("wrong-password"))
				.andExpect(redirectedUrl("/login?error"));
		}
	}

}
