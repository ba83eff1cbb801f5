package com.clinigrad.support;

import java.util.Map;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Points every test application context at this run's database ({@link TestDatabase}).
 */
class TestDatabaseEnvironmentPostProcessor implements EnvironmentPostProcessor {

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		if (environment.getProperty("clinigrad.test-db.enabled", Boolean.class, true)) {
			TestDatabase.Connection connection = TestDatabase.get();
			environment.getPropertySources()
				.addFirst(new MapPropertySource("clinigrad-test-database",
						Map.of("spring.datasource.url", connection.url(), "spring.datasource.username",
								connection.user(), "spring.datasource.password", connection.password(),
								"clinigrad.dev-db.embedded", "false", "spring.datasource.hikari.maximum-pool-size",
								"10", "spring.datasource.hikari.minimum-idle", "1",
								"spring.datasource.hikari.idle-timeout", "10000")));
		}
	}

}
