package com.clinigrad.benchmark;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;

import com.clinigrad.exams.ExamFixtures;
import com.clinigrad.support.Fixtures;
import com.clinigrad.support.FormLogin;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 23 target: 500 candidates in one sitting, each saving an answer every 10 seconds
 * (50 saves a second, each candidate's first save at a random moment of the first 10
 * seconds), p95 of the save ≤ 100 ms, over real HTTP with a session per candidate (logged
 * in through the form, the attempt begun through its page). Prints p50, p95, p99 and the
 * refused saves. Run with {@code ./mvnw -Pbenchmark test -Dtest=ExamSaveBenchmark}.
 */
@Tag("benchmark")
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = "spring.datasource.hikari.maximum-pool-size=20")
class ExamSaveBenchmark {

	static final int CANDIDATES = 500;

	static final Duration EVERY = Duration.ofSeconds(10);

	static final Duration RUN = Duration.ofSeconds(60);

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcClient jdbc;

	@Test
	void fiveHundredCandidatesSavingEveryTenSeconds() throws Exception {
		ExamFixtures exam = ExamFixtures.open(this.context, 1, Instant.now().plusSeconds(3600), 120);
		String hash = this.context.getBean(PasswordEncoder.class).encode(Fixtures.PASSWORD);
		long template = exam.studentIds.get(0);
		String run = Long.toString(System.nanoTime() % 1_000_000, 36);
		List<String> columns = this.jdbc
			.sql("""
					select column_name from information_schema.columns
					where table_name = 'student' and is_generated = 'NEVER' and column_name not in ('id', 'student_no', 'name', 'search_key')
					""")
			.query(String.class)
			.list();
		String copy = String.join(", ", columns);
		this.jdbc.sql("""
				insert into student (student_no, name, %1$s)
				select 'XB' || :run || g, '考生' || g, %1$s from student, generate_series(1, :n) g where id = :t
				""".formatted(copy)).param("run", run).param("n", CANDIDATES).param("t", template).update();
		this.jdbc
			.sql("""
					insert into exam_candidate (sitting_id, student_id, student_no, seed)
					select :s, id, student_no, (random() * 1e15)::bigint from student where student_no like 'XB' || :run || '%'
					""")
			.param("s", exam.sittingId)
			.param("run", run)
			.update();
		this.jdbc.sql("""
				insert into user_account (username, password_hash, display_name, student_no)
				select 'xb-' || :run || '-' || substr(student_no, length('XB' || :run) + 1), :hash, name, student_no
				from student where student_no like 'XB' || :run || '%'
				""").param("run", run).param("hash", hash).update();
		this.jdbc.sql("""
				insert into user_role (account_id, role)
				select id, 'STUDENT' from user_account where username like 'xb-' || :run || '-%'
				""").param("run", run).update();
		List<Object[]> logins = this.jdbc.sql("""
				select a.username, c.id from user_account a join exam_candidate c on c.student_no = a.student_no
				where a.username like 'xb-' || :run || '-%' and c.sitting_id = :s
				""")
			.param("run", run)
			.param("s", exam.sittingId)
			.query((rs, n) -> new Object[] { rs.getString(1), rs.getLong(2) })
			.list();
		assertThat(logins).hasSize(CANDIDATES);

		long t0 = System.nanoTime();
		ExecutorService pool = Executors.newFixedThreadPool(8);
		List<Future<Candidate>> ready = new ArrayList<>();
		for (Object[] login : logins) {
			ready.add(pool.submit(() -> new Candidate(this.port, (String) login[0], (Long) login[1])));
		}
		List<Candidate> candidates = new ArrayList<>();
		for (Future<Candidate> future : ready) {
			candidates.add(future.get());
		}
		pool.shutdown();
		System.out.printf("[benchmark] exam saves: %d candidates logged in and begun in %.1f s%n", CANDIDATES,
				(System.nanoTime() - t0) / 1e9);

		ConcurrentLinkedQueue<Long> nanos = new ConcurrentLinkedQueue<>();
		AtomicInteger refused = new AtomicInteger();
		ScheduledExecutorService clock = Executors.newScheduledThreadPool(64);
		java.util.Random random = new java.util.Random(7);
		for (Candidate candidate : candidates) {
			clock.scheduleAtFixedRate(() -> {
				try {
					long start = System.nanoTime();
					int status = candidate.save(exam.openQuestion, "答案 " + start);
					nanos.add(System.nanoTime() - start);
					if (status != 204) {
						refused.incrementAndGet();
					}
				}
				catch (Exception ex) {
					refused.incrementAndGet();
				}
			}, random.nextInt((int) EVERY.toMillis()), EVERY.toMillis(), TimeUnit.MILLISECONDS);
		}
		// periodic saves stop at the shutdown; the run ends when the last one has
		// answered
		clock.schedule(clock::shutdown, RUN.toMillis(), TimeUnit.MILLISECONDS);
		assertThat(clock.awaitTermination(RUN.toSeconds() + 30, TimeUnit.SECONDS)).isTrue();
		long[] measured = nanos.stream().mapToLong(Long::longValue).toArray();
		Percentiles percentiles = Percentiles.of(measured);
		System.out.printf("[benchmark] exam saves: %d candidates, one save every %d s each, %d s: %s, refused %d%n",
				CANDIDATES, EVERY.toSeconds(), RUN.toSeconds(), percentiles.summary(), refused.get());
		assertThat(refused.get()).isZero();
		assertThat(measured.length).isGreaterThan(CANDIDATES * 4);
		assertThat(this.jdbc
			.sql("""
					select count(*) from exam_answer a join exam_candidate c on c.id = a.candidate_id where c.sitting_id = :s
					""")
			.param("s", exam.sittingId)
			.query(Long.class)
			.single()).isEqualTo(CANDIDATES);
	}

	/**
	 * One candidate's browser: a session cookie, the CSRF token of the exam page.
	 */
	static final class Candidate {

		private final HttpClient http;

		private final String base;

		private final long candidateId;

		private final String csrf;

		Candidate(int port, String username, long candidateId) throws Exception {
			this.base = "http://localhost:" + port;
			this.candidateId = candidateId;
			this.http = HttpClient.newBuilder()
				.cookieHandler(new java.net.CookieManager())
				.followRedirects(HttpClient.Redirect.NEVER)
				.connectTimeout(Duration.ofSeconds(5))
				.build();
			FormLogin.logIn(this.http, this.base, username, Fixtures.PASSWORD);
			String mine = get("/exams/mine");
			HttpResponse<String> begun = post("/exams/take/" + candidateId + "/begin",
					"_csrf=" + FormLogin.encode(token(mine)));
			if (begun.statusCode() != 302) {
				throw new IllegalStateException("Begin of " + username + ": " + begun.statusCode());
			}
			this.csrf = token(get("/exams/take/" + candidateId));
		}

		int save(long questionId, String text) throws Exception {
			return post("/exams/take/" + this.candidateId + "/answers", "questionId=" + questionId + "&text="
					+ FormLogin.encode(text) + "&_csrf=" + FormLogin.encode(this.csrf))
				.statusCode();
		}

		private String get(String path) throws Exception {
			return this.http
				.send(HttpRequest.newBuilder(URI.create(this.base + path)).GET().build(),
						HttpResponse.BodyHandlers.ofString())
				.body();
		}

		private HttpResponse<String> post(String path, String form) throws Exception {
			return this.http.send(HttpRequest.newBuilder(URI.create(this.base + path))
				.header("Content-Type", "application/x-www-form-urlencoded")
				.header("HX-Request", "true")
				.POST(HttpRequest.BodyPublishers.ofString(form))
				.build(), HttpResponse.BodyHandlers.ofString());
		}

		private static String token(String page) {
			Matcher matcher = FormLogin.CSRF.matcher(page);
			if (!matcher.find()) {
				throw new IllegalStateException("No CSRF token on the page");
			}
			return matcher.group(1);
		}

	}

}
