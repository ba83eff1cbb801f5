package com.clinigrad.accounts.web;

import java.util.Set;

import com.clinigrad.accounts.LoginEventKind;
import com.clinigrad.accounts.LoginJournal;
import com.clinigrad.accounts.Role;
import com.clinigrad.support.Fixtures;
import com.clinigrad.support.SessionCookie;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The login journal (administrators only, in words, filtered in the URL) and the sessions
 * a password change ends.
 */
@SpringBootTest
@AutoConfigureMockMvc
class LoginJournalTests {

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
	void loginsAndFailuresAreJournaledForTheAdministratorsOnly() throws Exception {
		String username = this.fixtures.account(Role.EXPERT);
		this.mvc.perform(formLogin("/login").user(username).password("not-the-password"))
			.andExpect(redirectedUrl("/login?error"));
		this.mvc.perform(formLogin("/login").user(username).password(Fixtures.PASSWORD)).andExpect(redirectedUrl("/"));

		String hospital = this.fixtures.hospital();
		String student = this.fixtures.student(hospital, this.fixtures.supervisor(hospital));
		for (String other : new String[] { this.fixtures.account(Role.GRAD_SCHOOL), this.fixtures.account(Role.EXPERT),
				this.fixtures.account(Set.of(Role.HOSPITAL_OFFICE), hospital, null, null, null),
				this.fixtures.account(Set.of(Role.STUDENT), null, null, null, student) }) {
			this.mvc.perform(get("/admin/logins").with(user(this.fixtures.login(other))))
				.andExpect(status().isForbidden());
		}
		UserDetails admin = this.fixtures.login(this.fixtures.account(Role.ADMIN));
		this.mvc.perform(get("/admin/logins").param("q", username).param("kind", "LOGIN_FAILED").with(user(admin)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("登录日志")))
			.andExpect(content().string(containsString(">" + username + "<")))
			.andExpect(content().string(not(containsString("没有符合条件的记录"))))
			.andExpect(content().string(not(containsString(">LOGIN_FAILED<"))));
		this.mvc.perform(get("/admin/logins").param("q", username).param("kind", "LOGOUT").with(user(admin)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("没有符合条件的记录")));
		this.mvc.perform(
				get("/admin/logins").param("q", username).param("kind", "LOGIN").param("lang", "en").with(user(admin)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Login journal")))
			.andExpect(content().string(containsString(">" + username + "<")))
			.andExpect(content().string(containsString(">Login<")));
		assertThat(this.jdbc.sql("select count(*) from login_event where username = :u")
			.param("u", username)
			.query(Long.class)
			.single()).isEqualTo(2);
	}

	@Test
	void theBrowserIsShownInWordsNotAsTheWholeHeader() {
		assertThat(entry("Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) "
				+ "HeadlessChrome/156.0.0.0 Safari/537.36")
			.browser()).isEqualTo("HeadlessChrome 156 · Linux");
		assertThat(entry("Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
				+ "Chrome/131.0.0.0 Safari/537.36 Edg/131.0.0.0")
			.browser()).isEqualTo("Edge 131 · Windows");
		assertThat(entry("Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 "
				+ "(KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1")
			.browser()).isEqualTo("Safari 17 · iOS");
		assertThat(entry("curl/8.5.0").browser()).isEqualTo("curl/8.5.0");
		assertThat(entry(null).browser()).isEmpty();
	}

	private static LoginJournal.Entry entry(String agent) {
		return new LoginJournal.Entry(1, null, LoginEventKind.LOGIN, "x", null, agent, null, null);
	}

	@Test
	void aPasswordChangeEndsTheOtherSessionsAndKeepsItsOwn() throws Exception {
		String username = this.fixtures.account(Role.GRAD_SCHOOL);
		SessionCookie here = new SessionCookie();
		SessionCookie elsewhere = new SessionCookie();
		this.mvc.perform(formLogin("/login").user(username).password(Fixtures.PASSWORD))
			.andDo(here)
			.andExpect(redirectedUrl("/"));
		this.mvc.perform(formLogin("/login").user(username).password(Fixtures.PASSWORD))
			.andDo(elsewhere)
			.andExpect(redirectedUrl("/"));
		this.mvc.perform(get("/students").with(elsewhere)).andExpect(status().isOk());

		long version = this.jdbc.sql("select version from user_account where username = :u")
			.param("u", username)
			.query(Long.class)
			.single();
		this.mvc
			.perform(post("/account/password").param("currentPassword", Fixtures.PASSWORD)
				.param("newPassword", "Mondschein-Tal-2841")
				.param("confirmPassword", "Mondschein-Tal-2841")
				.param("version", Long.toString(version))
				.with(csrf())
				.with(here))
			.andDo(here)
			.andExpect(status().is3xxRedirection());
		this.mvc.perform(get("/students").with(here)).andExpect(status().isOk());
		this.mvc.perform(get("/students").with(elsewhere)).andExpect(redirectedUrl("/login"));
		assertThat(this.jdbc.sql("select count(*) from login_event where username = :u and kind = 'SESSION_ENDED'")
			.param("u", username)
			.query(Long.class)
			.single()).isEqualTo(1);
		// who ended the session, by the account's display name (the journal keeps the
		// login)
		UserDetails admin = this.fixtures.login(this.fixtures.account(Role.ADMIN));
		this.mvc.perform(get("/admin/logins").param("q", username).param("kind", "SESSION_ENDED").with(user(admin)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(">用户" + username + "<")));
	}

}
