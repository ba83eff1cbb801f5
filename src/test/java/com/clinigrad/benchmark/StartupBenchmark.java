package com.clinigrad.benchmark;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

import com.clinigrad.support.TestDatabase;
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
 * reports the time from process start to the first 200 of the login page. Run with
 * {@code ./mvnw -Pbenchmark verify}.
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
		String classpath = mainClasspath();
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
		train(classpath, archive);
		long[] shared = new long[RUNS];
		for (int i = 0; i < RUNS; i++) {
			shared[i] = startOnce(classpath, List.of("-XX:SharedArchiveFile=" + archive));
		}
		System.out.printf("[benchmark] first HTTP 200 after process start, with CDS archive (%d runs): %s%n", RUNS,
				Percentiles.of(shared).summary());
		assertThat(java.util.Arrays.stream(shared).min().getAsLong()).isPositive();
	}

	private void train(String classpath, Path archive) throws Exception {
		List<String> command = new ArrayList<>(List.of(java(), "-XX:ArchiveClassesAtExit=" + archive,
				"-Dspring.context.exit=onRefresh", "-cp", classpath, "com.clinigrad.ClinigradApplication"));
		command.addAll(databaseArguments());
		Process process = new ProcessBuilder(command).redirectErrorStream(true)
			.redirectOutput(ProcessBuilder.Redirect.DISCARD)
			.start();
		process.waitFor();
		assertThat(archive).exists();
	}

	private static String java() {
		return Path.of(System.getProperty("java.home"), "bin", "java").toString();
	}

	private static List<String> databaseArguments() {
		TestDatabase.Connection db = TestDatabase.get();
		return List.of("--spring.datasource.url=" + db.url(), "--spring.datasource.username=" + db.user(),
				"--spring.datasource.password=" + db.password());
	}

	private long startOnce(String classpath, List<String> jvmOptions) throws Exception {
		int port;
		try (ServerSocket socket = new ServerSocket(0)) {
			port = socket.getLocalPort();
		}
		Path log = Files.createTempFile("clinigrad-startup", ".log");
		List<String> command = new ArrayList<>(List.of(java()));
		command.addAll(jvmOptions);
		command.addAll(List.of("-cp", classpath, "com.clinigrad.ClinigradApplication", "--server.port=" + port));
		command.addAll(databaseArguments());
		ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
		long start = System.nanoTime();
		Process process = builder.start();
		try {
			HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofMillis(200)).build();
			HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login")).build();
			long deadline = start + Duration.ofSeconds(90).toNanos();
			while (System.nanoTime() < deadline && process.isAlive()) {
				try {
					if (http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
						return System.nanoTime() - start;
					}
				}
				catch (IOException ex) {
					// not listening yet
				}
				Thread.sleep(25);
			}
			throw new IllegalStateException("No 200 from the started application; its log: " + Files.readString(log));
		}
		finally {
			process.destroy();
			process.waitFor();
			Files.deleteIfExists(log);
		}
	}

	/**
	 * The executable jar's classpath: the application's classes (in a jar, since class
	 * data sharing refuses directories) and its runtime dependencies without the optional
	 * dev ones, as the benchmark profile's dependency plugin wrote them; no test
	 * dependency, whose auto-configurations would slow the start.
	 */
	private static String mainClasspath() throws IOException {
		Path dependencies = Path.of("target", "benchmark", "runtime-classpath.txt");
		assertThat(dependencies).as("written by ./mvnw -Pbenchmark (maven-dependency-plugin)").exists();
		return jar(Path.of("target", "classes")) + File.pathSeparator + Files.readString(dependencies).trim();
	}

	private static Path jar(Path classes) throws IOException {
		Path jar = Path.of("target", "benchmark", "clinigrad-classes.jar").toAbsolutePath();
		Files.createDirectories(jar.getParent());
		try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar));
				Stream<Path> files = Files.walk(classes)) {
			for (Path file : files.filter(Files::isRegularFile).toList()) {
				out.putNextEntry(new JarEntry(classes.relativize(file).toString().replace(File.separatorChar, '/')));
				Files.copy(file, out);
				out.closeEntry();
			}
		}
		return jar;
	}

}
