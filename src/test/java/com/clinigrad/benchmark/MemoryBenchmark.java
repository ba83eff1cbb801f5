package com.clinigrad.benchmark;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.clinigrad.accounts.Role;
import com.clinigrad.support.Fixtures;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 15 target: resident memory below 512 MB under load for the 10,000-student
 * university with its records, with the JVM flags the Docker image sets. Starts the
 * application in a JVM of its own with the image's {@code JAVA_TOOL_OPTIONS} and
 * {@code MALLOC_ARENA_MAX}, read from {@code src/main/docker/Dockerfile} (so that the
 * figure follows the documented flags), then loads it at 16 connections with the filtered
 * student list, the student page of random students and the audit API with a token, each
 * for {@value #DEFAULT_SECONDS} s, twice over; reports the resident set after the start,
 * after each stretch of load, its highest value ({@code VmHWM}) and 15 s after the load.
 * The load comes from wrk where it is installed, else from this JVM. Run with
 * {@code ./mvnw -Pbenchmark test -Dtest=MemoryBenchmark}
 * ({@code -Dclinigrad.benchmark.memory.seconds=N} for other stretches).
 */
@Tag("benchmark")
@SpringBootTest
class MemoryBenchmark {

	static final int CONNECTIONS = 16;

	static final int DEFAULT_SECONDS = 60;

	static final int CYCLES = 2;

	static final long TARGET_MB = 512;

	private static final Path DOCKERFILE = Path.of("src", "main", "docker", "Dockerfile");

	private static final String AS_OF = "2026-09-01";

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcClient jdbc;

	@Test
	void residentMemoryUnderLoadWithTheImagesFlags() throws Exception {
		BenchmarkUniversity.ensureRecords(this.context);
		int seconds = Integer.getInteger("clinigrad.benchmark.memory.seconds", DEFAULT_SECONDS);
		String dockerfile = Files.readString(DOCKERFILE);
		Map<String, String> environment = Map.of("JAVA_TOOL_OPTIONS", imageSetting(dockerfile, "JAVA_TOOL_OPTIONS"),
				"MALLOC_ARENA_MAX", imageSetting(dockerfile, "MALLOC_ARENA_MAX"));
		Fixtures fixtures = Fixtures.in(this.context);
		String username = fixtures.account(Role.GRAD_SCHOOL);
		String token = fixtures.apiToken(username);
		String fragment = StudentSaturationBenchmark.nameFragment(this.jdbc);
		List<String> numbers = this.jdbc.sql("select student_no from student order by md5(student_no)")
			.query(String.class)
			.list();
		List<String> studentPages = numbers.stream().limit(200).map((no) -> "/students/" + no).toList();
		SplittableRandom random = new SplittableRandom(15);
		List<String> audits = random.ints(2_000, 0, numbers.size())
			.mapToObj((i) -> "/api/v1/students/" + numbers.get(i) + "/audit?asOf=" + AS_OF)
			.toList();
		try (ChildApplication application = ChildApplication.start(ChildApplication.classpath(), List.of(),
				environment)) {
			long afterStart = application.statusKb("VmRSS");
			String cookie = new PageClient(application.port()).logIn(username, Fixtures.PASSWORD)
				.cookieHeader()
				.strip()
				.substring("Cookie: ".length());
			Map<String, String> page = Map.of("Cookie", cookie, "Accept", "text/html");
			Map<String, String> api = Map.of("Authorization", "Bearer " + token, "Accept", "application/json");
			List<String> stretches = new ArrayList<>();
			for (int cycle = 1; cycle <= CYCLES; cycle++) {
				stretches.add(stretch(application, "filtered list",
						List.of("/students?q=" + URLEncoder.encode(fragment, StandardCharsets.UTF_8)), page, seconds));
				stretches.add(stretch(application, "student page", studentPages, page, seconds));
				stretches.add(stretch(application, "audit API", audits, api, seconds));
			}
			long peak = application.statusKb("VmHWM");
			Thread.sleep(15_000);
			long after = application.statusKb("VmRSS");
			System.out.printf(
					"[benchmark] resident memory with the image's flags (JAVA_TOOL_OPTIONS=\"%s\", MALLOC_ARENA_MAX=%s, "
							+ "Java %s), %d connections%s: after the start %d MB; %s; highest %d MB; 15 s after the "
							+ "load %d MB; target below %d MB: %s%n",
					environment.get("JAVA_TOOL_OPTIONS"), environment.get("MALLOC_ARENA_MAX"),
					Runtime.version().feature(), CONNECTIONS, Wrk.installed() ? " from wrk" : " from this JVM",
					afterStart / 1024, String.join("; ", stretches), peak / 1024, after / 1024, TARGET_MB,
					(peak / 1024 < TARGET_MB) ? "held" : "NOT held");
			assertThat(peak).isGreaterThanOrEqualTo(afterStart);
		}
	}

	/**
	 * @return a value the Dockerfile's {@code ENV} sets, without its quotes
	 */
	static String imageSetting(String dockerfile, String name) {
		Matcher matcher = Pattern.compile("\\b" + name + "=(\"[^\"]*\"|\\S+)").matcher(dockerfile);
		assertThat(matcher.find()).as("%s set in %s", name, DOCKERFILE).isTrue();
		return matcher.group(1).replace("\"", "");
	}

	/**
	 * Loads the application with these paths in turn for the duration.
	 * @return what the stretch measured, for the report
	 */
	private static String stretch(ChildApplication application, String what, List<String> paths,
			Map<String, String> headers, int seconds) throws Exception {
		double perSecond;
		long errors;
		if (Wrk.installed()) {
			Wrk.Result result = Wrk.run(application.port(), paths, headers, CONNECTIONS, seconds);
			perSecond = result.perSecond();
			errors = result.errors();
		}
		else {
			ThisJvmLoad.Result result = inThisJvm(application.port(), paths, headers, seconds);
			perSecond = result.perSecond();
			errors = result.wrong();
		}
		assertThat(errors).as("%s: answers other than 200", what).isZero();
		return String.format("%s %d s at %.0f requests/s, then %d MB", what, seconds, perSecond,
				application.statusKb("VmRSS") / 1024);
	}

	/**
	 * The load from this JVM, each connection asking for the paths in turn (starting at
	 * different ones).
	 */
	private static ThisJvmLoad.Result inThisJvm(int port, List<String> paths, Map<String, String> headers, int seconds)
			throws Exception {
		StringBuilder lines = new StringBuilder();
		headers.forEach((name, value) -> lines.append(name).append(": ").append(value).append("\r\n"));
		return ThisJvmLoad.run(port, CONNECTIONS, ThisJvmLoad.during(Duration.ofSeconds(seconds)),
				(connection, index) -> new ThisJvmLoad.Request(paths.get((connection * 13 + index) % paths.size()),
						lines.toString()),
				(answer) -> answer.status() == 200);
	}

}
