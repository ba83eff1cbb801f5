package com.clinigrad.benchmark;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.clinigrad.accounts.Role;
import com.clinigrad.support.Fixtures;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.session.Session;
import org.springframework.session.SessionRepository;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 21: what sessions kept in PostgreSQL (Spring Session JDBC) add to a page view. On
 * every request of a logged-in person the session filter reads the session with its
 * attributes (the security context, the CSRF token) and, at the end, writes its last
 * access time; this benchmark times exactly that pair on a session made by a real login,
 * once alone and once from 16 threads at a time (as at saturation). Run with
 * {@code ./mvnw -Pbenchmark test -Dtest=SessionStoreBenchmark}.
 */
@Tag("benchmark")
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class SessionStoreBenchmark {

	static final Pattern SESSION = Pattern.compile("SESSION=([^;\\r\\n]+)");

	static final int WARMUP = 500;

	static final int MEASURED = 2_000;

	static final int THREADS = 16;

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Test
	void readAndWriteOfASessionPerPageView() throws Exception {
		Fixtures fixtures = Fixtures.in(this.context);
		List<String> ids = new ArrayList<>();
		for (int t = 0; t < THREADS; t++) {
			ids.add(sessionOf(new PageClient(this.port).logIn(fixtures.account(Role.GRAD_SCHOOL), Fixtures.PASSWORD)));
		}
		String id = ids.get(0);
		@SuppressWarnings("unchecked")
		SessionRepository<Session> sessions = this.context.getBean(SessionRepository.class);
		assertThat(sessions.findById(id)).isNotNull();
		assertThat(sessions.findById(id).getAttributeNames()).isNotEmpty();

		pageViews(sessions, id, WARMUP);
		long[] alone = pageViews(sessions, id, MEASURED);
		System.out.printf("[benchmark] JDBC session per page view (read with attributes + last-access write), "
				+ "one at a time: %s%n", Percentiles.of(alone).summary());

		ExecutorService pool = Executors.newFixedThreadPool(THREADS);
		try {
			List<Future<long[]>> futures = new ArrayList<>();
			for (String own : ids) {
				// each thread a person of its own, as on a busy morning
				futures.add(pool.submit(() -> pageViews(sessions, own, MEASURED / 4)));
			}
			List<Long> all = new ArrayList<>();
			for (Future<long[]> future : futures) {
				for (long nanos : future.get()) {
					all.add(nanos);
				}
			}
			long[] concurrent = all.stream().mapToLong(Long::longValue).toArray();
			assertThat(concurrent).hasSize(THREADS * (MEASURED / 4));
			System.out.printf("[benchmark] JDBC session per page view, %d threads at once: %s%n", THREADS,
					Percentiles.of(concurrent).summary());
		}
		finally {
			pool.shutdownNow();
		}
	}

	private static String sessionOf(PageClient user) {
		Matcher cookie = SESSION.matcher(user.cookieHeader());
		assertThat(cookie.find()).isTrue();
		return new String(Base64.getDecoder().decode(cookie.group(1)), StandardCharsets.UTF_8);
	}

	private static long[] pageViews(SessionRepository<Session> sessions, String id, int count) {
		long[] nanos = new long[count];
		for (int i = 0; i < count; i++) {
			long t0 = System.nanoTime();
			Session session = sessions.findById(id);
			session.setLastAccessedTime(Instant.now());
			sessions.save(session);
			nanos[i] = System.nanoTime() - t0;
		}
		return nanos;
	}

}
