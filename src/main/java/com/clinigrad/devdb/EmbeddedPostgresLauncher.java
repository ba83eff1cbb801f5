package com.clinigrad.devdb;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import io.zonky.test.db.postgres.util.LinuxUtils;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Starts zonky's embedded PostgreSQL with its data kept in a directory of our choosing,
 * also when the JVM runs as root and after a killed JVM left its server running.
 *
 * <p>
 * PostgreSQL refuses to run as root. zonky handles that itself: as root it runs
 * {@code initdb} and {@code pg_ctl} through {@code unshare -U}, in a user namespace where
 * the process and the files it owns appear as an ordinary user. The only command run
 * here, the stop of an orphaned server, is wrapped the same way.
 */
public final class EmbeddedPostgresLauncher {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresLauncher.class);

	private EmbeddedPostgresLauncher() {
	}

	/**
	 * Starts a server.
	 * @param binaryDirectory where the binaries are unpacked (kept between runs)
	 * @param dataDirectory the cluster's data
	 * @param port the port, {@code 0} for a free one
	 * @param keepData whether the data outlive the server
	 * @param stopAtExit whether the server stops by itself when the JVM exits; without,
	 * the caller closes it (an application context closes it after the beans that use it:
	 * a JVM shutdown hook would stop it while they still write, and the context's
	 * shutdown would wait for connections that never come)
	 * @return the running server; close it to stop it
	 */
	public static EmbeddedPostgres start(Path binaryDirectory, Path dataDirectory, int port, boolean keepData,
			boolean stopAtExit) {
		try {
			Files.createDirectories(binaryDirectory);
			Files.createDirectories(dataDirectory.getParent());
			if (runsAsRoot() && !LinuxUtils.isUnshareAvailable()) {
				throw new IllegalStateException("PostgreSQL cannot run as root and 'unshare -U' is not available: "
						+ "run as an ordinary user or point CLINIGRAD_DB_URL at a PostgreSQL server "
						+ "(with CLINIGRAD_DEV_EMBEDDED_DB=false)");
			}
			stopOrphanedServer(binaryDirectory, dataDirectory);
			requireFree(port);
			return EmbeddedPostgres.builder()
				.setOverrideWorkingDirectory(binaryDirectory.toFile())
				.setDataDirectory(dataDirectory)
				.setCleanDataDirectory(!keepData)
				.setRegisterShutdownHook(stopAtExit)
				.setPort(port)
				.setServerConfig("max_connections", "100")
				.setServerConfig("unix_socket_directories", "''")
				.setServerConfig("listen_addresses", "localhost")
				.setLocaleConfig("locale", "C.UTF-8")
				.start();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not start the embedded PostgreSQL", ex);
		}
	}

	/**
	 * Creates a database on the server unless it exists.
	 * @param postgres the running server
	 * @param name the database name
	 */
	public static void createDatabaseIfMissing(EmbeddedPostgres postgres, String name) {
		DataSource admin = postgres.getPostgresDatabase();
		try (Connection connection = admin.getConnection(); Statement statement = connection.createStatement()) {
			try (ResultSet rs = statement.executeQuery("select 1 from pg_database where datname = '" + name + "'")) {
				if (rs.next()) {
					return;
				}
			}
			statement.execute("create database \"" + name + "\"");
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Could not create database " + name, ex);
		}
	}

	/**
	 * Another server on the port (a second checkout's dev run, another program) would
	 * answer in place of ours, and the application would silently use its data.
	 * @throws IllegalStateException naming the port and what to do
	 */
	static void requireFree(int port) {
		if (port == 0) {
			return;
		}
		try (java.net.ServerSocket socket = new java.net.ServerSocket()) {
			socket.setReuseAddress(true);
			socket.bind(new java.net.InetSocketAddress(java.net.InetAddress.getLoopbackAddress(), port));
		}
		catch (IOException ex) {
			throw new IllegalStateException("Port " + port + " of the embedded PostgreSQL is in use: another "
					+ "Clinigrad dev run (perhaps from another checkout) or another program holds it. Stop it, or "
					+ "choose another port with CLINIGRAD_DEV_DB_PORT.", ex);
		}
	}

	private static boolean runsAsRoot() {
		return "root".equals(System.getProperty("user.name"));
	}

	/**
	 * A server left running by a killed JVM still holds the data directory and the port;
	 * stop it first.
	 */
	private static void stopOrphanedServer(Path binaryDirectory, Path dataDirectory) {
		if (!Files.exists(dataDirectory.resolve("postmaster.pid"))) {
			return;
		}
		try (var dirs = Files.list(binaryDirectory)) {
			Path pgCtl = dirs.filter((dir) -> dir.getFileName().toString().startsWith("PG-"))
				.map((dir) -> dir.resolve("bin/pg_ctl"))
				.filter(Files::isExecutable)
				.findFirst()
				.orElse(null);
			if (pgCtl == null) {
				return;
			}
			List<String> command = new ArrayList<>();
			if (runsAsRoot()) {
				command.addAll(List.of("unshare", "-U"));
			}
			command.addAll(List.of(pgCtl.toString(), "-D", dataDirectory.toString(), "stop", "-m", "fast", "-w"));
			Process stop = new ProcessBuilder(command).redirectErrorStream(true)
				.redirectOutput(ProcessBuilder.Redirect.DISCARD)
				.start();
			if (stop.waitFor(60, TimeUnit.SECONDS) && stop.exitValue() == 0) {
				log.info("Stopped a PostgreSQL server left running on {}", dataDirectory);
			}
		}
		catch (IOException ex) {
			log.debug("No orphaned server stopped", ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
