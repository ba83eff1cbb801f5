package com.clinigrad.support;

import java.util.Map;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.MutablePropertySources;
import org.springframework.core.env.PropertySource;

/**
 * Points every test application context at this run's database ({@link TestDatabase}).
 */
class TestDatabaseEnvironmentPostProcessor implements EnvironmentPostProcessor {

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		if (environment.getProperty("clinigrad.test-db.enabled", Boolean.class, true)) {
			TestDatabase.Connection connection = TestDatabase.get();
			MutablePropertySources sources = environment.getPropertySources();
			sources.addFirst(new MapPropertySource("clinigrad-test-database",
					Map.of("spring.datasource.url", connection.url(), "spring.datasource.username", connection.user(),
							"spring.datasource.password", connection.password(), "clinigrad.dev-db.embedded",
							"false")));
			// the tests' pool, in place of the application's settings but not of a test's
			// own properties or a node's arguments
			MapPropertySource pool = new MapPropertySource("clinigrad-test-pool",
					Map.of("spring.datasource.hikari.maximum-pool-size", "10", "spring.datasource.hikari.minimum-idle",
							"1", "spring.datasource.hikari.idle-timeout", "10000"));
			sources.stream()
				.map(PropertySource::getName)
				.filter((name) -> name.startsWith("Config resource"))
				.findFirst()
				.ifPresentOrElse((applicationSettings) -> sources.addBefore(applicationSettings, pool),
						() -> sources.addLast(pool));
		}
	}

}
