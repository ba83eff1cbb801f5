package com.clinigrad.support;

import java.time.Duration;

import org.awaitility.Awaitility;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Waits until every event published so far has been handled by its listeners (the event
 * publication registry holds no incomplete publication), for tests and benchmarks that
 * must not see a reaction still under way.
 */
public final class EventsInFlight {

	private EventsInFlight() {
	}

	public static void awaitNone(JdbcClient jdbc, Duration atMost) {
		Awaitility.await()
			.atMost(atMost)
			.pollInterval(Duration.ofMillis(200))
			.until(() -> jdbc.sql("select count(*) from event_publication where completion_date is null")
				.query(Long.class)
				.single() == 0);
	}

}
