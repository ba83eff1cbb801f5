package com.clinigrad.shared.jobs;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import org.awaitility.Awaitility;
import org.awaitility.core.ConditionTimeoutException;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.modulith.events.EventPublication;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An event whose listener failed is handed to it again by the retry job: a passing
 * failure is mended, and a listener that keeps failing is tried at most
 * {@link FailedEventRetry#MAX_ATTEMPTS} times in all.
 */
@SpringBootTest
@Import(FailedEventRetryTests.FlakyListener.class)
class FailedEventRetryTests {

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	FailedEventRetry retry;

	@Autowired
	FlakyListener listener;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aListenerThatFailedOnceIsHandedTheEventAgainAndCompletesIt() {
		String key = UUID.randomUUID().toString();
		this.listener.failFor(key, 1);
		publish(key);
		awaitFailed(key);
		assertThat(this.listener.handled(key)).isZero();

		this.retry.retry(Duration.ZERO);

		Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> this.listener.handled(key) == 1);
		Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> incomplete(key) == 0);
		assertThat(this.listener.attempts(key)).isEqualTo(2);
	}

	@Test
	void aListenerThatKeepsFailingIsTriedAtMostFiveTimes() {
		String key = UUID.randomUUID().toString();
		this.listener.failFor(key, 100);
		publish(key);
		awaitFailed(key);
		int retries = FailedEventRetry.MAX_ATTEMPTS + 1;
		int triedAgain = 0;
		for (int i = 0; i < retries; i++) {
			int before = this.listener.attempts(key);
			this.retry.retry(Duration.ZERO);
			if (triedAgain(key, before)) {
				triedAgain++;
			}
		}
		// without the limit: the first attempt and one for each of the retries
		assertThat(triedAgain).isPositive().isLessThan(retries);
		assertThat(this.listener.attempts(key)).isEqualTo(1 + triedAgain)
			.isLessThanOrEqualTo(FailedEventRetry.MAX_ATTEMPTS);
		assertThat(this.listener.handled(key)).isZero();
		assertThat(incomplete(key)).isEqualTo(1);
	}

	/**
	 * @return whether the listener was called again within a few seconds (and failed
	 * again)
	 */
	private boolean triedAgain(String key, int before) {
		try {
			Awaitility.await().atMost(Duration.ofSeconds(5)).until(() -> this.listener.attempts(key) > before);
		}
		catch (ConditionTimeoutException ex) {
			return false;
		}
		Awaitility.await().pollDelay(Duration.ofMillis(300)).atMost(Duration.ofSeconds(20)).until(() -> isFailed(key));
		return true;
	}

	private void publish(String key) {
		this.transactions.executeWithoutResult((status) -> this.events.publishEvent(new ProbeRecorded(key)));
	}

	private void awaitFailed(String key) {
		Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> isFailed(key));
	}

	private boolean isFailed(String key) {
		return this.jdbc
			.sql("select count(*) from event_publication where serialized_event like :key and status = :failed")
			.param("key", "%" + key + "%")
			.param("failed", EventPublication.Status.FAILED.name())
			.query(Long.class)
			.single() == 1;
	}

	private long incomplete(String key) {
		return this.jdbc
			.sql("select count(*) from event_publication where serialized_event like :key and completion_date is null")
			.param("key", "%" + key + "%")
			.query(Long.class)
			.single();
	}

	/**
	 * An event of this test only.
	 */
	public record ProbeRecorded(String key) {
	}

	/**
	 * Fails for a key as often as asked, then handles it.
	 */
	@TestConfiguration(proxyBeanMethods = false)
	static class FlakyListener {

		private final Map<String, Integer> failures = new ConcurrentHashMap<>();

		private final Map<String, AtomicInteger> attempts = new ConcurrentHashMap<>();

		private final Map<String, AtomicInteger> handled = new ConcurrentHashMap<>();

		@ApplicationModuleListener
		void on(ProbeRecorded event) {
			int attempt = this.attempts.computeIfAbsent(event.key(), (k) -> new AtomicInteger()).incrementAndGet();
			if (attempt <= this.failures.getOrDefault(event.key(), 0)) {
				throw new IllegalStateException("failing on purpose, attempt " + attempt);
			}
			this.handled.computeIfAbsent(event.key(), (k) -> new AtomicInteger()).incrementAndGet();
		}

		public void failFor(String key, int times) {
			this.failures.put(key, times);
		}

		public int attempts(String key) {
			AtomicInteger count = this.attempts.get(key);
			return (count != null) ? count.get() : 0;
		}

		public int handled(String key) {
			AtomicInteger count = this.handled.get(key);
			return (count != null) ? count.get() : 0;
		}

	}

}
