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
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;

import com.clinigrad.support.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The application started in a JVM of its own, as it is deployed: the executable jar's
 * classpath (the application's classes and its runtime dependencies, without the test and
 * the optional dev ones), the production profile, the run's database. Ready once its
 * login page answered 200.
 */
final class ChildApplication implements AutoCloseable {

	/** What only the application's own login page holds. */
	private static final String LOGIN_FORM = "id=\"login-form\"";

	private final Process process;

	private final Path log;

	private final int port;

	private final long firstOkNanos;

	private ChildApplication(Process process, Path log, int port, long firstOkNanos) {
		this.process = process;
		this.log = log;
		this.port = port;
		this.firstOkNanos = firstOkNanos;
	}

	/**
	 * Starts the application with this JVM's java command and waits for the first 200 of
	 * its login page.
	 * @param jvmOptions options before the main class
	 * @param environment variables added to this JVM's environment
	 */
	static ChildApplication start(String classpath, List<String> jvmOptions, Map<String, String> environment)
			throws IOException, InterruptedException {
		return start(java(), classpath, jvmOptions, environment);
	}

	/**
	 * Starts the application with this java command and waits for the first 200 of its
	 * login page.
	 */
	static ChildApplication start(String java, String classpath, List<String> jvmOptions,
			Map<String, String> environment) throws IOException, InterruptedException {
		int port;
		try (ServerSocket socket = new ServerSocket(0)) {
			port = socket.getLocalPort();
		}
		Path log = Files.createTempFile("clinigrad-child", ".log");
		List<String> command = new ArrayList<>(List.of(java));
		command.addAll(jvmOptions);
		command.addAll(List.of("-cp", classpath, "com.clinigrad.ClinigradApplication", "--server.port=" + port));
		command.addAll(databaseArguments());
		ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
		builder.environment().putAll(environment);
		long start = System.nanoTime();
		Process process = builder.start();
		HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofMillis(200)).build();
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login")).build();
		long deadline = start + Duration.ofSeconds(90).toNanos();
		while (System.nanoTime() < deadline && process.isAlive()) {
			try {
				HttpResponse<String> answer = http.send(request, HttpResponse.BodyHandlers.ofString());
				if (answer.statusCode() == 200) {
					long firstOk = System.nanoTime() - start;
					if (!answer.body().contains(LOGIN_FORM)) {
						stop(process, log);
						throw new IllegalStateException("The started application answered /login without its "
								+ "own login form (a classpath without its components?): " + answer.body());
					}
					return new ChildApplication(process, log, port, firstOk);
				}
			}
			catch (IOException ex) {
				// not listening yet
			}
			Thread.sleep(25);
		}
		String output = Files.readString(log);
		stop(process, log);
		throw new IllegalStateException("No 200 from the started application; its log: " + output);
	}

	private static void stop(Process process, Path log) throws IOException, InterruptedException {
		process.destroy();
		process.waitFor();
		Files.deleteIfExists(log);
	}

	int port() {
		return this.port;
	}

	/**
	 * @return the time from the process's start to the first 200
	 */
	long firstOkNanos() {
		return this.firstOkNanos;
	}

	/**
	 * @return a line of the process's {@code /proc/PID/status} in kB ({@code VmRSS} now,
	 * {@code VmHWM} the highest so far)
	 */
	long statusKb(String field) throws IOException {
		for (String line : Files.readAllLines(Path.of("/proc", Long.toString(this.process.pid()), "status"))) {
			if (line.startsWith(field + ":")) {
				return Long.parseLong(line.substring(field.length() + 1).replace("kB", "").trim());
			}
		}
		throw new IllegalStateException("No " + field + " in the status of process " + this.process.pid());
	}

	@Override
	public void close() throws IOException, InterruptedException {
		stop(this.process, this.log);
	}

	/**
	 * @return the java command of this JVM
	 */
	static String java() {
		return Path.of(System.getProperty("java.home"), "bin", "java").toString();
	}

	/**
	 * @return the arguments that point the application at the run's database
	 */
	static List<String> databaseArguments() {
		TestDatabase.Connection db = TestDatabase.get();
		return List.of("--spring.datasource.url=" + db.url(), "--spring.datasource.username=" + db.user(),
				"--spring.datasource.password=" + db.password());
	}

	/**
	 * The executable jar's classpath: the application's classes (in a jar, since class
	 * data sharing refuses directories) and its runtime dependencies without the optional
	 * dev ones, as the benchmark profile's dependency plugin wrote them; no test
	 * dependency, whose auto-configurations would slow the start.
	 */
	static String classpath() throws IOException {
		Path dependencies = Path.of("target", "benchmark", "runtime-classpath.txt");
		assertThat(dependencies).as("written by ./mvnw -Pbenchmark (maven-dependency-plugin)").exists();
		return jar(Path.of("target", "classes")) + File.pathSeparator + Files.readString(dependencies).trim();
	}

	private static Path jar(Path classes) throws IOException {
		Path jar = Path.of("target", "benchmark", "clinigrad-classes.jar").toAbsolutePath();
		Files.createDirectories(jar.getParent());
		try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar));
				Stream<Path> files = Files.walk(classes)) {
			// the folders too: without their entries, a class loader finds no package
			// of the jar as a resource, and the application started without its own
			// components, migrations and templates (Spring's default login page
			// answered the first 200)
			for (Path path : files.filter((path) -> !path.equals(classes)).toList()) {
				String name = classes.relativize(path).toString().replace(File.separatorChar, '/');
				out.putNextEntry(new JarEntry(Files.isDirectory(path) ? name + "/" : name));
				if (Files.isRegularFile(path)) {
					Files.copy(path, out);
				}
				out.closeEntry();
			}
		}
		return jar;
	}

}
