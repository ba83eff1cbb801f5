package com.clinigrad.benchmark;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue target: first HTTP 200 ≤ 8 s after start. Starts the application in a fresh JVM
 * (the main classpath, production profile) against the run's database holding the
 * 10,000-student university, three times as a plain JVM and three times with a
 * class-data-sharing archive made by a training run (as the Docker image does), and
 * reports the time from process start to the first 200 of the login page. With
 * {@code -Dclinigrad.benchmark.aot-java=PATH} (the java command of a JDK 25 or newer)
 * also three times with that JDK's ahead-of-time cache (JEP 483 and 514: classes loaded
 * and linked, method profiles) made by a training run. Run with
 * {@code ./mvnw -Pbenchmark test -Dtest=StartupBenchmark}.
 */
@Tag("benchmark")
@SpringBootTest
class StartupBenchmark {

	static final int RUNS = 3;

	@Autowired
	ApplicationContext context;

	@Test
	void firstHttp200AfterStart() throws Exception {
		BenchmarkUniversity.ensureLoaded(this.context);
		String classpath = ChildApplication.classpath();
		long[] plain = new long[RUNS];
		for (int i = 0; i < RUNS; i++) {
			plain[i] = startOnce(classpath, List.of());
		}
		System.out.printf("[benchmark] first HTTP 200 after process start, plain JVM (%d runs): %s%n", RUNS,
				Percentiles.of(plain).summary());
		// the deployment's way (see the Dockerfile): a class-data-sharing archive from a
		// training run
		Path archive = Path.of("target", "benchmark", "clinigrad.jsa").toAbsolutePath();
		Files.createDirectories(archive.getParent());
		Files.deleteIfExists(archive);
		train(ChildApplication.java(), classpath, "-XX:ArchiveClassesAtExit=" + archive);
		assertThat(archive).exists();
		long[] shared = new long[RUNS];
		for (int i = 0; i < RUNS; i++) {
			shared[i] = startOnce(classpath, List.of("-XX:SharedArchiveFile=" + archive));
		}
		System.out.printf("[benchmark] first HTTP 200 after process start, with CDS archive (%d runs): %s%n", RUNS,
				Percentiles.of(shared).summary());
		assertThat(java.util.Arrays.stream(shared).min().getAsLong()).isPositive();
		String aotJava = System.getProperty("clinigrad.benchmark.aot-java");
		if (aotJava != null && !aotJava.isBlank()) {
			Path cache = Path.of("target", "benchmark", "clinigrad.aot").toAbsolutePath();
			Files.deleteIfExists(cache);
			train(aotJava, classpath, "-XX:AOTCacheOutput=" + cache);
			assertThat(cache).exists();
			long[] ahead = new long[RUNS];
			for (int i = 0; i < RUNS; i++) {
				try (ChildApplication application = ChildApplication.start(aotJava, classpath,
						List.of("-XX:AOTCache=" + cache), Map.of())) {
					ahead[i] = application.firstOkNanos();
				}
			}
			System.out.printf("[benchmark] first HTTP 200 after process start, %s with its AOT cache (%d runs): %s%n",
					aotJava, RUNS, Percentiles.of(ahead).summary());
		}
	}

	/**
	 * A training run: the application started until its context is refreshed, then
	 * stopped, with the option that writes what the JVM learnt.
	 */
	private void train(String java, String classpath, String option) throws Exception {
		List<String> command = new ArrayList<>(List.of(java, option, "-Dspring.context.exit=onRefresh", "-cp",
				classpath, "com.clinigrad.ClinigradApplication"));
		command.addAll(ChildApplication.databaseArguments());
		Process process = new ProcessBuilder(command).redirectErrorStream(true)
			.redirectOutput(ProcessBuilder.Redirect.DISCARD)
			.start();
		process.waitFor();
	}

	private long startOnce(String classpath, List<String> jvmOptions) throws Exception {
		try (ChildApplication application = ChildApplication.start(classpath, jvmOptions, Map.of())) {
			return application.firstOkNanos();
		}
	}

}
