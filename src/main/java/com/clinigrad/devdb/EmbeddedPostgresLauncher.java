package com.clinigrad.devdb;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.List;

import javax.sql.DataSource;

import io.zonky.test.db.postgres.embedded.DefaultPostgresBinaryResolver;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tukaani.xz.XZInputStream;

/**
 * Starts zonky's embedded PostgreSQL, also when the JVM runs as root.
 *
 * <p>
 * PostgreSQL refuses to run as root. As root, the binaries are unpacked where zonky
 * expects them and {@code initdb} and {@code pg_ctl} are wrapped so that they run inside
 * a user namespace ({@code unshare --user}) in which the files appear to belong to an
 * ordinary user.
 */
public final class EmbeddedPostgresLauncher {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresLauncher.class);

	private static final List<String> WRAPPED = List.of("initdb", "pg_ctl");

	private EmbeddedPostgresLauncher() {
	}

	/**
	 * Starts a server.
	 * @param binaryDirectory where the binaries are unpacked (kept between runs)
	 * @param dataDirectory the cluster's data
	 * @param port the port, {@code 0} for a free one
	 * @param keepData whether the data outlive the server
	 * @return the running server; close it to stop it
	 */
	public static EmbeddedPostgres start(Path binaryDirectory, Path dataDirectory, int port, boolean keepData) {
		try {
			Files.createDirectories(binaryDirectory);
			Files.createDirectories(dataDirectory.getParent());
			if (runsAsRoot()) {
				prepareRootWrappers(binaryDirectory);
			}
			stopOrphanedServer(binaryDirectory, dataDirectory);
			return EmbeddedPostgres.builder()
				.setOverrideWorkingDirectory(binaryDirectory.toFile())
				.setDataDirectory(dataDirectory)
				.setCleanDataDirectory(!keepData)
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

	private static boolean runsAsRoot() {
		return "root".equals(System.getProperty("user.name"));
	}

	/**
	 * A server left running by a killed JVM still holds the data directory; stop it
	 * first.
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
			Process stop = new ProcessBuilder(pgCtl.toString(), "-D", dataDirectory.toString(), "stop", "-m", "fast",
					"-w")
				.redirectErrorStream(true)
				.redirectOutput(ProcessBuilder.Redirect.DISCARD)
				.start();
			stop.waitFor();
		}
		catch (IOException ex) {
			log.debug("No orphaned server stopped", ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	/**
	 * Unpacks the binaries into the folder zonky would use
	 * ({@code PG-<md5 of the archive>}) and wraps the commands zonky runs so that they
	 * run in a user namespace as a non-root user.
	 */
	private static void prepareRootWrappers(Path binaryDirectory) throws IOException {
		byte[] archive;
		String digest;
		try (InputStream in = DefaultPostgresBinaryResolver.INSTANCE.getPgBinary("Linux", architecture());
				DigestInputStream digesting = new DigestInputStream(in, MessageDigest.getInstance("MD5"))) {
			archive = digesting.readAllBytes();
			digest = HexFormat.of().formatHex(digesting.getMessageDigest().digest());
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
		Path pgDir = binaryDirectory.resolve("PG-" + digest);
		if (Files.exists(pgDir.resolve(".exists"))) {
			return;
		}
		log.info("Unpacking PostgreSQL into {} (running as root: commands are wrapped with unshare)", pgDir);
		Files.createDirectories(pgDir);
		unpack(archive, pgDir);
		for (String command : WRAPPED) {
			Path binary = pgDir.resolve("bin").resolve(command);
			Path real = pgDir.resolve("bin").resolve(command + ".real");
			Files.move(binary, real, StandardCopyOption.REPLACE_EXISTING);
			Files.writeString(binary, """
					#!/bin/sh
					exec unshare --user --map-user=1000 --map-group=1000 "$(dirname "$0")/%s.real" "$@"
					""".formatted(command));
			Files.setPosixFilePermissions(binary, PosixFilePermissions.fromString("rwxr-xr-x"));
		}
		Files.createFile(pgDir.resolve(".exists"));
	}

	private static void unpack(byte[] archive, Path target) throws IOException {
		try (TarArchiveInputStream tar = new TarArchiveInputStream(
				new XZInputStream(new java.io.ByteArrayInputStream(archive)))) {
			TarArchiveEntry entry;
			while ((entry = tar.getNextEntry()) != null) {
				Path path = target.resolve(entry.getName()).normalize();
				if (!path.startsWith(target)) {
					throw new IOException("Archive entry outside the target: " + entry.getName());
				}
				if (entry.isDirectory()) {
					Files.createDirectories(path);
				}
				else if (entry.isSymbolicLink()) {
					Files.createDirectories(path.getParent());
					Files.deleteIfExists(path);
					Files.createSymbolicLink(path, Path.of(entry.getLinkName()));
				}
				else {
					Files.createDirectories(path.getParent());
					Files.copy(tar, path, StandardCopyOption.REPLACE_EXISTING);
					if (entry.getName().replaceFirst("^\\./", "").startsWith("bin/")) {
						path.toFile().setExecutable(true, false);
					}
				}
			}
		}
	}

	private static String architecture() {
		String arch = System.getProperty("os.arch");
		return "amd64".equals(arch) ? "x86_64" : arch;
	}

}
