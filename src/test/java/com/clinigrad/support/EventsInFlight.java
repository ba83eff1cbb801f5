package com.clinigrad.support;

import java.time.Duration;

import org.awaitility.Awaitility;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.EventPublication;

/**
 * Waits until every event published so far has been handled by its listeners (the event
 * publication registry holds no incomplete publication but failed ones), for tests and
 * benchmarks that must not see a reaction still under way. A publication whose listener
 * failed is not under way: it waits for {@code FailedEventRetry}, and counting it made
 * every later test of the same JVM wait in vain.
 */
public final class EventsInFlight {

	private EventsInFlight() {
	}

	public static void awaitNone(JdbcClient jdbc, Duration atMost) {
		Awaitility.await()
			.atMost(atMost)
			.pollInterval(Duration.ofMillis(200))
			.until(() -> jdbc
				.sql("select count(*) from event_publication where completion_date is null"
						+ " and status is distinct from :failed")
				.param("failed", EventPublication.Status.FAILED.name())
				.query(Long.class)
				.single() == 0);
	}

}
