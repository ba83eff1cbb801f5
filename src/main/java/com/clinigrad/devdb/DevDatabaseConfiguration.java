package com.clinigrad.devdb;

import java.nio.file.Path;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;

/**
 * In the {@code dev} profile the application runs on an embedded PostgreSQL whose data
 * are kept under {@code .data/}, so that {@code ./mvnw spring-boot:run} needs no database
 * installed. {@code CLINIGRAD_DEV_EMBEDDED_DB=false} switches it off and uses
 * {@code CLINIGRAD_DB_URL}.
 */
@Configuration(proxyBeanMethods = false)
@Profile("dev")
@ConditionalOnClass(name = "io.zonky.test.db.postgres.embedded.EmbeddedPostgres")
@ConditionalOnProperty(name = "clinigrad.dev-db.embedded", havingValue = "true", matchIfMissing = true)
class DevDatabaseConfiguration {

	private static final String DATABASE = "clinigrad";

	@Bean(destroyMethod = "close")
	EmbeddedPostgres embeddedPostgres(@Value("${clinigrad.dev-db.directory:.data}") String directory,
			@Value("${clinigrad.dev-db.port:54329}") int port) {
		Path root = Path.of(directory).toAbsolutePath();
		EmbeddedPostgres postgres = EmbeddedPostgresLauncher.start(root.resolve("pg-binaries"), root.resolve("pgdata"),
				port, true, false);
		EmbeddedPostgresLauncher.createDatabaseIfMissing(postgres, DATABASE);
		return postgres;
	}

	@Bean
	DataSource dataSource(EmbeddedPostgres postgres) {
		HikariDataSource dataSource = new HikariDataSource();
		dataSource.setJdbcUrl(postgres.getJdbcUrl("postgres", DATABASE));
		dataSource.setUsername("postgres");
		dataSource.setMaximumPoolSize(20);
		dataSource.setPoolName("clinigrad-dev");
		return dataSource;
	}

}
