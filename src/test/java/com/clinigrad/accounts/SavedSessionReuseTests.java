package com.clinigrad.accounts;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;

import org.junit.jupiter.api.Test;

import org.springframework.aop.framework.ProxyFactory;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.session.MapSession;
import org.springframework.session.MapSessionRepository;
import org.springframework.session.SessionRepository;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The read after the save within one request is answered with the saved session; every
 * other read (another id, a second read, a read outside a request or in the next request)
 * goes to the store.
 */
class SavedSessionReuseTests {

	private final List<String> reads = new ArrayList<>();

	private final SavedSessionReuse reuse = new SavedSessionReuse();

	@SuppressWarnings("unchecked")
	private final SessionRepository<MapSession> sessions = (SessionRepository<MapSession>) proxy();

	@Test
	void theReadAfterTheSaveInTheSameRequestIsAnsweredWithTheSavedSession() throws Exception {
		MapSession stored = this.sessions.createSession();
		this.sessions.save(stored);
		MapSession[] found = new MapSession[3];
		this.reuse.doFilter(new MockHttpServletRequest(), new MockHttpServletResponse(),
				new MockFilterChain(new jakarta.servlet.http.HttpServlet() {
				}, (request, response, chain) -> {
					MapSession session = this.sessions.findById(stored.getId());
					session.setLastAccessedTime(Instant.now());
					this.sessions.save(session);
					found[0] = this.sessions.findById(stored.getId());
					found[1] = this.sessions.findById(stored.getId());
					this.sessions.save(session);
					found[2] = this.sessions.findById("another");
				}));
		assertThat(found[0]).isNotNull().hasFieldOrPropertyWithValue("id", stored.getId());
		assertThat(found[1]).isNotNull();
		assertThat(found[2]).isNull();
		// the first read, the second read after the save and the read of another id
		assertThat(this.reads).containsExactly(stored.getId(), stored.getId(), "another");
		// the next request, and a save and read outside any request, read the store
		this.reuse.doFilter(new MockHttpServletRequest(), new MockHttpServletResponse(),
				new MockFilterChain(new jakarta.servlet.http.HttpServlet() {
				}, (request, response, chain) -> this.sessions.findById(stored.getId())));
		this.sessions.save(stored);
		this.sessions.findById(stored.getId());
		assertThat(this.reads).hasSize(5);
	}

	@Test
	void anExpiredSavedSessionIsNotReused() throws Exception {
		MapSession stored = this.sessions.createSession();
		this.reuse.doFilter(new MockHttpServletRequest(), new MockHttpServletResponse(),
				new MockFilterChain(new jakarta.servlet.http.HttpServlet() {
				}, (request, response, chain) -> {
					stored.setMaxInactiveInterval(Duration.ofSeconds(1));
					stored.setLastAccessedTime(Instant.now().minusSeconds(60));
					this.sessions.save(stored);
					assertThat(this.sessions.findById(stored.getId())).isNull();
				}));
		assertThat(this.reads).containsExactly(stored.getId());
	}

	private Object proxy() {
		MapSessionRepository store = new MapSessionRepository(new ConcurrentHashMap<>()) {
			@Override
			public MapSession findById(String id) {
				SavedSessionReuseTests.this.reads.add(id);
				return super.findById(id);
			}
		};
		ProxyFactory proxy = new ProxyFactory(store);
		proxy.addAdvice(this.reuse);
		return proxy.getProxy();
	}

}
