package com.clinigrad.support;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.ThreadLocalRandom;

import com.clinigrad.devdb.EmbeddedPostgresLauncher;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.postgresql.PostgreSQLContainer;

/**
 * The PostgreSQL the tests run on, chosen once per test JVM in this order: a URL given in
 * the environment ({@code CLINIGRAD_TEST_DB_URL}, with {@code CLINIGRAD_TEST_DB_USER} and
 * {@code CLINIGRAD_TEST_DB_PASSWORD}); Testcontainers where Docker runs; the local server
 * on 127.0.0.1:5432; else the embedded one. Each run gets a database of its own (created
 * for it and dropped when the JVM exits), so runs never see each other's data.
 */
public final class TestDatabase {

	private static final Logger log = LoggerFactory.getLogger(TestDatabase.class);

	private static volatile Connection connection;

	private TestDatabase() {
	}

	/**
	 * @return the JDBC URL, user and password of this run's database
	 */
	public static synchronized Connection get() {
		if (connection == null) {
			connection = choose();
			log.info("Tests use {} ({})", connection.url(), connection.source());
		}
		return connection;
	}

	private static Connection choose() {
		String url = System.getenv("CLINIGRAD_TEST_DB_URL");
		if (url != null && !url.isBlank()) {
			String user = envOr("CLINIGRAD_TEST_DB_USER", "postgres");
			String password = envOr("CLINIGRAD_TEST_DB_PASSWORD", "");
			return ownDatabase(url, user, password, "environment");
		}
		if (dockerAvailable()) {
			PostgreSQLContainer container = new PostgreSQLContainer("postgres:17-alpine");
			container.start();
			return new Connection(container.getJdbcUrl(), container.getUsername(), container.getPassword(),
					"Testcontainers");
		}
		String local = "jdbc:postgresql://127.0.0.1:5432/postgres";
		if (reachable(local, envOr("PGUSER", "postgres"))) {
			return ownDatabase(local, envOr("PGUSER", "postgres"), envOr("PGPASSWORD", ""), "local server");
		}
		return embedded();
	}

	private static boolean dockerAvailable() {
		if ("false".equals(System.getenv("CLINIGRAD_TEST_DOCKER"))) {
			return false;
		}
		try {
			return DockerClientFactory.instance().isDockerAvailable();
		}
		catch (Throwable ex) {
			return false;
		}
	}

	private static boolean reachable(String url, String user) {
		try (java.sql.Connection ignored = DriverManager.getConnection(url + "?connectTimeout=3", user,
				envOr("PGPASSWORD", ""))) {
			return true;
		}
		catch (SQLException ex) {
			return false;
		}
	}

	private static Connection embedded() {
		try {
			Path work = Path.of(System.getProperty("java.io.tmpdir"), "clinigrad-test-pg");
			Path data = Files.createTempDirectory("clinigrad-test-data");
			// nothing closes it but the JVM's exit
			EmbeddedPostgres postgres = EmbeddedPostgresLauncher.start(work.resolve("binaries"), data.resolve("pg"), 0,
					false, true);
			EmbeddedPostgresLauncher.createDatabaseIfMissing(postgres, "clinigrad_test");
			return new Connection(postgres.getJdbcUrl("postgres", "clinigrad_test"), "postgres", "", "embedded");
		}
		catch (java.io.IOException ex) {
			throw new IllegalStateException("Could not start the embedded PostgreSQL", ex);
		}
	}

	/**
	 * Creates a database of this run's own on the server behind {@code url} and drops it
	 * when the JVM exits.
	 */
	private static Connection ownDatabase(String url, String user, String password, String source) {
		String name = "clinigrad_test_" + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMddHHmmss"))
				+ "_" + ProcessHandle.current().pid() + "_" + ThreadLocalRandom.current().nextInt(1000);
		try (java.sql.Connection admin = DriverManager.getConnection(url, user, password);
				Statement statement = admin.createStatement()) {
			statement.execute("create database " + name);
		}
		catch (SQLException ex) {
			log.warn("Could not create a database of this run's own ({}); using {} as it is", ex.getMessage(), url);
			return new Connection(url, user, password, source);
		}
		// after Spring has closed every application context (a JVM shutdown hook of its
		// own
		// would run at the same time and pull the database from under their last writes)
		org.springframework.boot.SpringApplication.getShutdownHandlers().add(() -> drop(url, user, password, name));
		return new Connection(replaceDatabase(url, name), user, password, source);
	}

	/**
	 * A further, empty database on this run's server, for a test that needs data of its
	 * own apart from every other test's (the demo university); dropped when the JVM
	 * exits.
	 */
	public static Connection another() {
		Connection base = get();
		return ownDatabase(base.url(), base.user(), base.password(), base.source());
	}

	private static void drop(String url, String user, String password, String name) {
		try (java.sql.Connection admin = DriverManager.getConnection(url, user, password);
				Statement statement = admin.createStatement()) {
			statement.execute("drop database if exists " + name + " with (force)");
		}
		catch (SQLException ex) {
			log.warn("Could not drop test database {}: {}", name, ex.getMessage());
		}
	}

	static String replaceDatabase(String url, String database) {
		int query = url.indexOf('?');
		String base = (query >= 0) ? url.substring(0, query) : url;
		String params = (query >= 0) ? url.substring(query) : "";
		int slash = base.lastIndexOf('/');
		return base.substring(0, slash + 1) + database + params;
	}

	private static String envOr(String name, String fallback) {
		String value = System.getenv(name);
		return (value == null || value.isBlank()) ? fallback : value;
	}

	/**
	 * Where the tests' database is.
	 */
	public record Connection(String url, String user, String password, String source) {
	}

}
