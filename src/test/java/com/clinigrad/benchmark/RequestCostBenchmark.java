package com.clinigrad.benchmark;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;

import com.clinigrad.accounts.Role;
import com.clinigrad.support.Fixtures;
import com.clinigrad.support.SessionCookie;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.RequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * Issue 15: what one request of each measured path costs the machine, without HTTP and on
 * one thread, on the 10,000-student synthetic university with its records: the audit API
 * with an API token, the student list filtered by a name fragment (74 matches, a page of
 * 20) and the student page of random students, the pages with a real login's session
 * (read from and written to the database as in a browser). Per request: the CPU time of
 * the request's thread, the SQL statements it sends, and the CPU time of the PostgreSQL
 * backends serving the run's database (read from {@code /proc}, so only where the server
 * runs on this machine). Figures that hold on a loaded machine, unlike requests per
 * second. Run with {@code ./mvnw -Pbenchmark test -Dtest=RequestCostBenchmark}; add
 * {@code -Dclinigrad.benchmark.db=jdbc:postgresql://127.0.0.1:5432/NAME} to keep the
 * university in a database of that name between runs (created beforehand, user
 * {@code postgres}); {@code -Dclinigrad.benchmark.sql=true} prints the statements one
 * request of each path sends.
 */
@Tag("benchmark")
@SpringBootTest
@AutoConfigureMockMvc
@Import(RequestCostBenchmark.Counting.class)
class RequestCostBenchmark {

	static final int WARMUP = Integer.getInteger("clinigrad.benchmark.warmup", 1500);

	static final int MEASURED = Integer.getInteger("clinigrad.benchmark.measured", 1000);

	static final String AS_OF = "2026-09-01";

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	StatementCounter statements;

	@DynamicPropertySource
	static void keptDatabase(DynamicPropertyRegistry registry) {
		// the same backends all along, so that their CPU time can be read
		registry.add("spring.datasource.hikari.minimum-idle", () -> "10");
		registry.add("spring.datasource.hikari.idle-timeout", () -> "0");
		String url = System.getProperty("clinigrad.benchmark.db");
		if (url != null && !url.isBlank()) {
			registry.add("spring.datasource.url", () -> url);
			registry.add("spring.datasource.username", () -> "postgres");
			registry.add("spring.datasource.password", () -> "");
		}
	}

	@Test
	void cpuAndQueriesPerRequest() throws Exception {
		BenchmarkUniversity.ensureRecords(this.context);
		Fixtures fixtures = Fixtures.in(this.context);
		String username = fixtures.account(Role.GRAD_SCHOOL);
		String token = fixtures.apiToken(username);
		SessionCookie session = new SessionCookie();
		this.mvc.perform(formLogin("/login").user(username).password(Fixtures.PASSWORD)).andDo(session);
		assertThat(session.value()).isNotNull();

		List<String> numbers = this.jdbc.sql("select student_no from student order by md5(student_no) limit 200")
			.query(String.class)
			.list();
		String fragment = "魏";
		long matches = this.jdbc.sql("select count(*) from student where name like :q")
			.param("q", "%" + fragment + "%")
			.query(Long.class)
			.single();

		measure("audit API, API token, random students",
				(i) -> get("/api/v1/students/" + numbers.get(i % numbers.size()) + "/audit?asOf=" + AS_OF)
					.header("Authorization", "Bearer " + token)
					.header("Accept", "application/json"),
				"\"eligibleForDegree\"");
		measure("filtered student list (q=" + fragment + ", " + matches + " matches, page of 20)",
				(i) -> get("/students").param("q", fragment).with(session), "共 " + matches + " 条");
		measure("student page, 200 random students",
				(i) -> get("/students/" + numbers.get(i % numbers.size())).with(session), "student-status");
	}

	private void measure(String what, IntFunction<RequestBuilder> request, String marker) throws Exception {
		ThreadMXBean threads = ManagementFactory.getThreadMXBean();
		for (int i = 0; i < WARMUP; i++) {
			check(this.mvc.perform(request.apply(i)).andReturn(), marker);
		}
		jdk.jfr.Recording recording = recording();
		this.statements.watch(Thread.currentThread());
		long statements0 = this.statements.count();
		Map<Integer, Long> database0 = databaseCpu();
		long cpu0 = threads.getCurrentThreadCpuTime();
		long wall0 = System.nanoTime();
		int length = 0;
		for (int i = 0; i < MEASURED; i++) {
			length = check(this.mvc.perform(request.apply(i)).andReturn(), marker);
		}
		long cpu = threads.getCurrentThreadCpuTime() - cpu0;
		long wall = System.nanoTime() - wall0;
		long database = databaseCpuSince(database0);
		long sent = this.statements.count() - statements0;
		if (Boolean.getBoolean("clinigrad.benchmark.sql")) {
			this.statements.record();
			check(this.mvc.perform(request.apply(MEASURED)).andReturn(), marker);
			List<String> one = this.statements.recorded();
			System.out.printf("[benchmark] statements of one request, %s (%d):%n", what, one.size());
			one.forEach((text) -> System.out.println("[benchmark]   " + text.replaceAll("\\s+", " ").trim()));
		}
		this.statements.watch(null);
		if (recording != null) {
			recording.stop();
			Path file = Path.of("target", "jfr", what.replaceAll("[^A-Za-z0-9]+", "-") + ".jfr");
			Files.createDirectories(file.getParent());
			recording.dump(file);
			recording.close();
		}
		System.out.printf(
				"[benchmark] request cost, %s: %.2f ms CPU per request (%.2f ms wall), %.2f SQL statements, "
						+ "PostgreSQL %.2f ms CPU; %d characters%n",
				what, cpu / 1e6 / MEASURED, wall / 1e6 / MEASURED, sent / (double) MEASURED, database / 1e6 / MEASURED,
				length);
	}

	/**
	 * @return a flight recording of the measured requests, with
	 * {@code -Dclinigrad.benchmark.jfr=true} (written to {@code target/jfr}; deep stacks
	 * need {@code -DargLine=-XX:FlightRecorderOptions:stackdepth=512})
	 */
	private static jdk.jfr.Recording recording() {
		if (!Boolean.getBoolean("clinigrad.benchmark.jfr")) {
			return null;
		}
		jdk.jfr.Recording recording = new jdk.jfr.Recording();
		recording.enable("jdk.ExecutionSample").withPeriod(java.time.Duration.ofMillis(2));
		recording.start();
		return recording;
	}

	private static int check(MvcResult result, String marker) throws Exception {
		String body = result.getResponse().getContentAsString();
		assertThat(result.getResponse().getStatus()).as(body).isEqualTo(200);
		assertThat(body).contains(marker);
		return body.length();
	}

	/**
	 * @return the CPU time so far of each PostgreSQL backend connected to this run's
	 * database (by process id), empty where they cannot be read
	 */
	private Map<Integer, Long> databaseCpu() {
		List<Integer> pids = this.jdbc.sql("select pid from pg_stat_activity where datname = current_database()")
			.query(Integer.class)
			.list();
		Map<Integer, Long> nanos = new HashMap<>();
		for (int pid : pids) {
			try {
				String stat = Files.readString(Path.of("/proc", String.valueOf(pid), "stat"));
				String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
				// utime and stime (fields 14 and 15 of stat, 11 and 12 after the name),
				// in
				// ticks of 10 ms
				nanos.put(pid, (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) * 10_000_000L);
			}
			catch (java.io.IOException | RuntimeException ex) {
				// a backend that ended, or a server elsewhere
			}
		}
		return nanos;
	}

	/**
	 * @return the CPU time the backends spent since {@code before} (a backend started
	 * since counts whole)
	 */
	private long databaseCpuSince(Map<Integer, Long> before) {
		long nanos = 0;
		for (Map.Entry<Integer, Long> now : databaseCpu().entrySet()) {
			nanos += now.getValue() - before.getOrDefault(now.getKey(), 0L);
		}
		return nanos;
	}

	@TestConfiguration(proxyBeanMethods = false)
	static class Counting {

		@Bean
		static StatementCounter statementCounter() {
			return new StatementCounter();
		}

	}

}
