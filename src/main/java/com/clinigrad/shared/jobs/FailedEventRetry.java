package com.clinigrad.shared.jobs;

import java.time.Duration;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.springframework.modulith.events.EventPublication;
import org.springframework.modulith.events.FailedEventPublications;
import org.springframework.modulith.events.ResubmissionOptions;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Hands an event whose listener failed back to that listener. A listener that fails for a
 * passing reason (a deadlock with another recording of the same students, a lost
 * connection) leaves its event publication marked failed; without this, what the listener
 * keeps (a student's deadlines and risk, a notification) stayed behind until the
 * application next started. Every few minutes ({@code clinigrad.events.retry}, two by
 * default), on one node at a time, the failed publications are handed over again, each at
 * most {@value #MAX_ATTEMPTS} times in all: one that fails that often has a fault a retry
 * does not mend, and stays in the registry (and in the log) for someone to look at.
 */
@Component
class FailedEventRetry {

	static final int MAX_ATTEMPTS = 5;

	static final Duration MIN_AGE = Duration.ofMinutes(1);

	private final FailedEventPublications failed;

	FailedEventRetry(FailedEventPublications failed) {
		this.failed = failed;
	}

	@Scheduled(fixedDelayString = "${clinigrad.events.retry:PT2M}",
			initialDelayString = "${clinigrad.events.retry:PT2M}")
	@SchedulerLock(name = "failed-event-retry", lockAtMostFor = "PT30M")
	void retry() {
		retry(MIN_AGE);
	}

	/**
	 * Hands the failed publications at least {@code minAge} old and not yet tried
	 * {@value #MAX_ATTEMPTS} times to their listeners again.
	 */
	void retry(Duration minAge) {
		this.failed.resubmit(ResubmissionOptions.defaults()
			.withMinAge(minAge)
			.withFilter((EventPublication publication) -> publication.getCompletionAttempts() < MAX_ATTEMPTS));
	}

}
