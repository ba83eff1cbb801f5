package com.clinigrad.accounts;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Five failed logins in a row lock an account name for fifteen minutes.
 */
class LoginThrottleTests {

	private static final Duration LOCKOUT = Duration.ofMinutes(15);

	private final SettableClock clock = new SettableClock(Instant.parse("2025-09-01T08:00:00Z"));

	private final LoginThrottle throttle = new LoginThrottle(5, LOCKOUT, this.clock);

	@Test
	void fourFailuresAreStillAllowed() {
		fail("wang", 4);
		assertThat(this.throttle.isBlocked("wang")).isFalse();
	}

	@Test
	void theFifthFailureBlocks() {
		fail("wang", 5);
		assertThat(this.throttle.isBlocked("wang")).isTrue();
		assertThat(this.throttle.isBlocked("li")).as("other accounts").isFalse();
	}

	@Test
	void theLockEndsFifteenMinutesAfterTheLastFailure() {
		fail("wang", 5);
		this.clock.advance(LOCKOUT.minusSeconds(1));
		assertThat(this.throttle.isBlocked("wang")).isTrue();
		this.clock.advance(Duration.ofSeconds(1));
		assertThat(this.throttle.isBlocked("wang")).isFalse();
	}

	@Test
	void afterTheLockTheCountStartsAgain() {
		fail("wang", 5);
		this.clock.advance(LOCKOUT.plusSeconds(1));
		fail("wang", 1);
		assertThat(this.throttle.isBlocked("wang")).isFalse();
		fail("wang", 3);
		assertThat(this.throttle.isBlocked("wang")).isFalse();
		fail("wang", 1);
		assertThat(this.throttle.isBlocked("wang")).isTrue();
	}

	@Test
	void failuresFurtherApartThanTheLockoutDoNotAddUp() {
		fail("wang", 4);
		this.clock.advance(LOCKOUT.plusSeconds(1));
		fail("wang", 1);
		assertThat(this.throttle.isBlocked("wang")).isFalse();
	}

	@Test
	void aSuccessfulLoginClearsTheFailures() {
		fail("wang", 4);
		this.throttle.succeeded("wang");
		fail("wang", 4);
		assertThat(this.throttle.isBlocked("wang")).isFalse();
	}

	@Test
	void accountNamesAreCountedIgnoringCaseAndSpaces() {
		fail("Wang", 3);
		fail(" wang ", 2);
		assertThat(this.throttle.isBlocked("WANG")).isTrue();
	}

	private void fail(String username, int times) {
		for (int i = 0; i < times; i++) {
			this.throttle.failed(username);
		}
	}

	private static final class SettableClock extends Clock {

		private Instant now;

		SettableClock(Instant now) {
			this.now = now;
		}

		void advance(Duration duration) {
			this.now = this.now.plus(duration);
		}

		@Override
		public ZoneId getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(ZoneId zone) {
			return this;
		}

		@Override
		public Instant instant() {
			return this.now;
		}

	}

}
