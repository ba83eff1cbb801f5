package com.clinigrad.benchmark;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Base64;
import java.util.ArrayList;
import java.util.Map;
import java.util.List;
import java.util.SplittableRandom;

import com.clinigrad.accounts.Role;
import com.clinigrad.eligibility.BatchAuditRun;
import com.clinigrad.eligibility.BatchAuditRunner;
import com.clinigrad.eligibility.DegreeAudit;
import com.clinigrad.students.StudentKey;
import com.clinigrad.students.StudentRegistry;
import com.clinigrad.support.Fixtures;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The degree audit on the 10,000-student synthetic university with its academic records:
 * one audit at a time (server side, warm), batch audits of every program, and the audit
 * API over HTTP with an API token beside HTTP Basic. Run with
 * {@code ./mvnw -Pbenchmark verify}.
 */
@Tag("benchmark")
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = "spring.datasource.hikari.maximum-pool-size=${clinigrad.benchmark.pool:20}")
class AuditBenchmark {

	static final LocalDate AS_OF = LocalDate.of(2026, 9, 1);

	static final int API_CONNECTIONS = 16;

	static final int API_TOKEN_REQUESTS = 300;

	static final int API_BASIC_REQUESTS = 20;

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcClient jdbc;

	@Test
	void auditsOneStudentInMillisecondsAndAllStudentsInSeconds() {
		BenchmarkUniversity.ensureRecords(this.context);
		Fixtures fixtures = Fixtures.in(this.context);
		UserDetails staff = fixtures.login(fixtures.account(Role.GRAD_SCHOOL));
		SecurityContextHolder.getContext()
			.setAuthentication(new UsernamePasswordAuthenticationToken(staff, null, staff.getAuthorities()));
		try {
			List<String> numbers = this.jdbc
				.sql("select student_no from student where program_code <> 'PUMCH-POSTDOC' order by student_no")
				.query(String.class)
				.list();
			DegreeAudit degreeAudit = this.context.getBean(DegreeAudit.class);
			SplittableRandom random = new SplittableRandom(7);
			for (int i = 0; i < 1000; i++) {
				degreeAudit.audit(numbers.get(random.nextInt(numbers.size())), AS_OF);
			}
			long[] nanos = new long[5000];
			for (int i = 0; i < nanos.length; i++) {
				String no = numbers.get(random.nextInt(numbers.size()));
				long t = System.nanoTime();
				assertThat(degreeAudit.audit(no, AS_OF).checks()).isNotEmpty();
				nanos[i] = System.nanoTime() - t;
			}
			System.out.printf("[benchmark] single audit (server side, warm, random students): %s%n",
					Percentiles.of(nanos).summary());

			BatchAuditRunner runner = this.context.getBean(BatchAuditRunner.class);
			for (int run = 1; run <= 2; run++) {
				long start = System.nanoTime();
				int audited = 0;
				for (String program : List.of("PUMC-PRO-MASTER", "TMU-PRO-DOCTOR", "ZJU-DOCTOR", "PUMCH-POSTDOC")) {
					BatchAuditRun batch = runner.runNow(List.of(program), null, AS_OF);
					assertThat(batch.error()).isNull();
					audited += batch.rows().size();
				}
				double seconds = (System.nanoTime() - start) / 1e9;
				System.out.printf("[benchmark] batch audit of every program (run %d): %d students in %.2f s = %.0f "
						+ "students/s%n", run, audited, seconds, audited / seconds);
			}
			List<StudentKey> everyone = new ArrayList<>(this.context.getBean(StudentRegistry.class)
				.keysByStudentNo(this.jdbc.sql("select student_no from student").query(String.class).list())
				.values());
			for (int run = 1; run <= 2; run++) {
				long start = System.nanoTime();
				int audited = 0;
				for (int from = 0; from < everyone.size(); from += 1000) {
					audited += degreeAudit
						.auditAll(everyone.subList(from, Math.min(everyone.size(), from + 1000)), AS_OF)
						.size();
				}
				double seconds = (System.nanoTime() - start) / 1e9;
				System.out.printf("[benchmark] audit of every student of the university, any status (run %d): %d "
						+ "students in %.2f s = %.0f students/s%n", run, audited, seconds, audited / seconds);
			}
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

	/**
	 * The audit API over real HTTP, as an integration pulling audits for a cohort: 16
	 * connections, each asking for random students, once with an API token (Bearer) and
	 * once with HTTP Basic (a password hash checked on every call), the same person.
	 */
	@Test
	void auditApiWithATokenAndWithHttpBasicAtSixteenConnections() throws Exception {
		BenchmarkUniversity.ensureRecords(this.context);
		Fixtures fixtures = Fixtures.in(this.context);
		String username = fixtures.account(Role.GRAD_SCHOOL);
		String token = fixtures.apiToken(username);
		List<String> numbers = this.jdbc.sql("select student_no from student order by student_no")
			.query(String.class)
			.list();
		String bearer = "Bearer " + token;
		String basic = "Basic " + Base64.getEncoder()
			.encodeToString((username + ":" + Fixtures.PASSWORD).getBytes(StandardCharsets.UTF_8));
		load(bearer, numbers, API_CONNECTIONS, 100, 1);
		ThisJvmLoad.Result tokenRun = load(bearer, numbers, API_CONNECTIONS, API_TOKEN_REQUESTS, 2);
		load(basic, numbers, API_CONNECTIONS, 2, 3);
		ThisJvmLoad.Result basicRun = load(basic, numbers, API_CONNECTIONS, API_BASIC_REQUESTS, 4);
		System.out.printf(
				"[benchmark] audit API, %d connections, random students of %d, API token (Bearer): "
						+ "%.0f requests/s, %s%n",
				API_CONNECTIONS, numbers.size(), tokenRun.perSecond(), tokenRun.percentiles().summary());
		System.out.printf(
				"[benchmark] audit API, %d connections, random students of %d, HTTP Basic (BCrypt each "
						+ "call): %.0f requests/s, %s%n",
				API_CONNECTIONS, numbers.size(), basicRun.perSecond(), basicRun.percentiles().summary());
		assertThat(tokenRun.perSecond()).isGreaterThan(basicRun.perSecond());
		if (Wrk.installed()) {
			// the same load from wrk, a process of its own (as the issue measured it)
			java.util.Random random = new java.util.Random(5);
			List<String> paths = random.ints(2_000, 0, numbers.size())
				.mapToObj((i) -> "/api/v1/students/" + numbers.get(i) + "/audit?asOf=" + AS_OF)
				.toList();
			Map<String, String> headers = Map.of("Authorization", bearer);
			Wrk.Steady wrk = Wrk.steady(this.port, paths, headers, API_CONNECTIONS);
			System.out.printf("[benchmark] audit API with wrk, %d connections, random students, API token: %s%n",
					API_CONNECTIONS, wrk.summary());
			assertThat(wrk.rounds()).allSatisfy((round) -> assertThat(round.errors()).isZero());
		}
	}

	/**
	 * Sends {@code perConnection} audit requests for random students on each of
	 * {@code connections} parallel connections from this JVM, every answer checked to be
	 * 200.
	 */
	private ThisJvmLoad.Result load(String authorization, List<String> numbers, int connections, int perConnection,
			long seed) throws Exception {
		String headers = "Authorization: " + authorization + "\r\nAccept: application/json\r\n";
		List<SplittableRandom> randoms = new ArrayList<>();
		for (int c = 0; c < connections; c++) {
			randoms.add(new SplittableRandom(seed * 1000 + c));
		}
		ThisJvmLoad.Result result = ThisJvmLoad
			.run(this.port, connections, ThisJvmLoad.requests(perConnection),
					(connection, index) -> new ThisJvmLoad.Request("/api/v1/students/"
							+ numbers.get(randoms.get(connection).nextInt(numbers.size())) + "/audit?asOf=" + AS_OF,
							headers),
					(answer) -> answer.status() == 200);
		assertThat(result.wrong()).as(result.firstWrong()).isZero();
		return result;
	}

}
