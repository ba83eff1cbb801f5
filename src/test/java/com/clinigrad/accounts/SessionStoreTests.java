package com.clinigrad.accounts;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import com.clinigrad.support.Fixtures;
import com.clinigrad.support.SessionCookie;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.session.Session;
import org.springframework.session.SessionRepository;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A session's row is written when something in it changes (the new id and the principal
 * at login) and its last access at most once a minute, not on every page view.
 */
@SpringBootTest
@AutoConfigureMockMvc
class SessionStoreTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theLoginIsWrittenAndPageViewsWriteTheLastAccessAtMostOnceAMinute() throws Exception {
		String username = Fixtures.in(this.context).account(Role.GRAD_SCHOOL);
		SessionCookie session = new SessionCookie();
		// the login page makes a session (its CSRF token); the login gives it a new id
		this.mvc.perform(get("/login").with(session)).andDo(session).andExpect(status().isOk());
		String before = id(session);
		assertThat(before).isNotNull();
		logIn(session, username);
		String id = id(session);
		assertThat(id).isNotEqualTo(before);
		assertThat(this.jdbc.sql("select principal_name from spring_session where session_id = :id")
			.param("id", id)
			.query(String.class)
			.single()).isEqualTo(username);
		this.mvc.perform(get("/students").with(session)).andExpect(status().isOk());

		long written = lastAccess(id);
		this.mvc.perform(get("/students").with(session)).andExpect(status().isOk());
		this.mvc.perform(get("/students").with(session)).andExpect(status().isOk());
		assertThat(lastAccess(id)).isEqualTo(written);

		// a last access written more than a minute ago is written again
		this.jdbc
			.sql("update spring_session set last_access_time = last_access_time - 90000, "
					+ "expiry_time = expiry_time - 90000 where session_id = :id")
			.param("id", id)
			.update();
		long start = System.currentTimeMillis();
		this.mvc.perform(get("/students").with(session)).andExpect(status().isOk());
		assertThat(lastAccess(id)).isGreaterThanOrEqualTo(start - 1000).isGreaterThan(written - 90000);
		assertThat(this.jdbc
			.sql("select expiry_time - last_access_time - max_inactive_interval * 1000 from spring_session "
					+ "where session_id = :id")
			.param("id", id)
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	void aPageViewThatChangesNothingWritesNothingAndAChangeIsWritten() throws Exception {
		String username = Fixtures.in(this.context).account(Role.GRAD_SCHOOL);
		SessionCookie session = new SessionCookie();
		this.mvc.perform(get("/login").with(session)).andDo(session).andExpect(status().isOk());
		logIn(session, username);
		String id = id(session);
		// the first page after the login makes the session's new CSRF token
		this.mvc.perform(get("/students").with(session)).andExpect(status().isOk());
		// the row's principal, altered behind the application's back, shows whether the
		// row is written again (a write sets it from the session's login)
		this.jdbc.sql("update spring_session set principal_name = 'nobody' where session_id = :id")
			.param("id", id)
			.update();
		this.mvc.perform(get("/students").with(session)).andExpect(status().isOk());
		this.mvc.perform(get("/inbox").with(session)).andExpect(status().isOk());
		assertThat(principal(id)).as("page views that change nothing write nothing").isEqualTo("nobody");
		// a flash message is kept in the session for the next page: the session is
		// written
		this.mvc.perform(post("/inbox/read-all").with(csrf()).with(session)).andExpect(redirectedUrl("/inbox"));
		assertThat(principal(id)).as("a request that changes the session writes it").isEqualTo(username);
	}

	@Test
	void theStoredSessionHoldsNoPasswordHash() throws Exception {
		String username = Fixtures.in(this.context).account(Role.GRAD_SCHOOL);
		SessionCookie session = new SessionCookie();
		this.mvc.perform(get("/login").with(session)).andDo(session).andExpect(status().isOk());
		logIn(session, username);
		String id = id(session);
		@SuppressWarnings("unchecked")
		SessionRepository<Session> repository = (SessionRepository<Session>) (SessionRepository<?>) this.context
			.getBean(JdbcIndexedSessionRepository.class);
		SecurityContext context = repository.findById(id)
			.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY);
		UserDetails principal = (UserDetails) context.getAuthentication().getPrincipal();
		assertThat(principal.getUsername()).isEqualTo(username);
		assertThat(principal.getPassword()).as("the login's principal keeps no password hash").isNull();
		String hash = this.jdbc.sql("select password_hash from user_account where username = :u")
			.param("u", username)
			.query(String.class)
			.single();
		assertThat(hash).isNotBlank();
		assertThat(this.jdbc.sql("""
				select a.attribute_bytes from spring_session_attributes a
				join spring_session s on s.primary_id = a.session_primary_id where s.session_id = :id""")
			.param("id", id)
			.query((rs, row) -> new String(rs.getBytes(1), StandardCharsets.ISO_8859_1))
			.list()).isNotEmpty().noneMatch((bytes) -> bytes.contains(hash));
	}

	@Test
	void twoRequestsOfOneSessionAddingTheSameAttributeAtOnceBothSucceed() {
		@SuppressWarnings("unchecked")
		SessionRepository<Session> repository = (SessionRepository<Session>) (SessionRepository<?>) this.context
			.getBean(JdbcIndexedSessionRepository.class);
		Session created = repository.createSession();
		repository.save(created);
		// two requests read the session before either has saved the new attribute
		Session first = repository.findById(created.getId());
		Session second = repository.findById(created.getId());
		first.setAttribute("token", "first");
		second.setAttribute("token", "second");
		repository.save(first);
		repository.save(second);
		assertThat(repository.findById(created.getId()).<String>getAttribute("token")).isEqualTo("second");
		repository.deleteById(created.getId());
	}

	/**
	 * Logs in through the form with the session's cookie, keeping the new one.
	 */
	private void logIn(SessionCookie session, String username) throws Exception {
		this.mvc
			.perform(post("/login").param("username", username)
				.param("password", Fixtures.PASSWORD)
				.with(csrf())
				.with(session))
			.andDo(session)
			.andExpect(redirectedUrl("/"));
	}

	private String principal(String id) {
		return this.jdbc.sql("select principal_name from spring_session where session_id = :id")
			.param("id", id)
			.query(String.class)
			.single();
	}

	private long lastAccess(String id) {
		return this.jdbc.sql("select last_access_time from spring_session where session_id = :id")
			.param("id", id)
			.query(Long.class)
			.single();
	}

	private static String id(SessionCookie session) {
		return (session.value() != null)
				? new String(Base64.getDecoder().decode(session.value()), StandardCharsets.UTF_8) : null;
	}

}
