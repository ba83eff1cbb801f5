package com.clinigrad.benchmark;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.clinigrad.accounts.Role;
import com.clinigrad.support.Fixtures;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue target: on the 10,000-student synthetic university, the filtered, paginated
 * student list has p95 ≤ 50 ms at 16 concurrent users. Sixteen logged-in users (staff and
 * hospital offices) each request a mix of filters, sorts and pages over real HTTP. Run
 * with {@code ./mvnw -Pbenchmark verify}.
 */
@Tag("benchmark")
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = "spring.datasource.hikari.maximum-pool-size=20")
class StudentListBenchmark {

	static final int USERS = 16;

	static final int WARMUP_PER_USER = 100;

	static final int REQUESTS_PER_USER = 100;

	/** A user reads a page before asking for the next one; 300 ms is a fast clicker. */
	static final int THINK_MILLIS = 300;

	static final List<String> QUERIES = List.of("/students", "/students?page=7", "/students?cohort=2022",
			"/students?program=TMU-PRO-DOCTOR&sort=name", "/students?status=DELAYED", "/students?q=%E7%8E%8B",
			"/students?discipline=105101&cohort=2021&page=2", "/students?hospital=H03&sort=cohort&dir=desc",
			"/students?supervisor=S00042", "/students?program=PUMC-PRO-MASTER&status=ENROLLED&page=12",
			"/students?q=M20230", "/students?sort=status&page=30");

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Test
	void studentListUnderSixteenConcurrentUsers() throws Exception {
		BenchmarkUniversity.ensureLoaded(this.context);
		Fixtures fixtures = Fixtures.in(this.context);
		List<PageClient> users = new ArrayList<>();
		for (int i = 0; i < USERS; i++) {
			String username = (i % 4 == 3)
					? fixtures.account(Set.of(Role.HOSPITAL_OFFICE), "H0" + (1 + i % 8), null, null, null)
					: fixtures.account(Role.GRAD_SCHOOL);
			users.add(new PageClient(this.port).logIn(username, Fixtures.PASSWORD));
		}
		run(users, WARMUP_PER_USER, 0);
		Percentiles single = Percentiles.of(run(users.subList(0, 1), REQUESTS_PER_USER, 0));
		System.out.printf("[benchmark] student list, 1 user, 10,000 students: %s%n", single.summary());
		long start = System.nanoTime();
		long[] nanos = run(users, REQUESTS_PER_USER, THINK_MILLIS);
		double seconds = (System.nanoTime() - start) / 1e9;
		System.out.printf(
				"[benchmark] student list, %d concurrent users each pausing ~%d ms between pages, 10,000 students: "
						+ "%s, %.0f requests/s%n",
				USERS, THINK_MILLIS, Percentiles.of(nanos).summary(), nanos.length / seconds);
		start = System.nanoTime();
		long[] stress = run(users, REQUESTS_PER_USER, 0);
		seconds = (System.nanoTime() - start) / 1e9;
		System.out.printf("[benchmark] student list, %d concurrent users without pauses (saturation), 10,000 students: "
				+ "%s, %.0f requests/s%n", USERS, Percentiles.of(stress).summary(), stress.length / seconds);
		assertThat(stress).hasSize(USERS * REQUESTS_PER_USER);
		assertThat(nanos).hasSize(USERS * REQUESTS_PER_USER);
	}

	private long[] run(List<PageClient> users, int perUser, int thinkMillis) throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(users.size());
		try {
			List<Future<long[]>> futures = new ArrayList<>();
			for (int u = 0; u < users.size(); u++) {
				PageClient user = users.get(u);
				int offset = u;
				Callable<long[]> work = () -> {
					long[] times = new long[perUser];
					for (int r = 0; r < perUser; r++) {
						String path = QUERIES.get((offset + r) % QUERIES.size());
						long t0 = System.nanoTime();
						HttpResponse<String> response = user.get(path);
						times[r] = System.nanoTime() - t0;
						if (thinkMillis > 0) {
							Thread.sleep(thinkMillis / 2 + (offset * 37 + r * 53) % thinkMillis);
						}
						if (response.statusCode() != 200 || !response.body().contains("student-table")) {
							throw new IllegalStateException(path + " answered " + response.statusCode());
						}
					}
					return times;
				};
				futures.add(pool.submit(work));
			}
			long[] all = new long[users.size() * perUser];
			int i = 0;
			for (Future<long[]> future : futures) {
				for (long t : future.get()) {
					all[i++] = t;
				}
			}
			return all;
		}
		finally {
			pool.shutdownNow();
		}
	}

}
