package com.clinigrad.accounts;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Five failed logins in a row lock an account name for fifteen minutes; the count lives
 * in the database and is taken before the password is checked, so parallel attempts
 * cannot pass it together.
 */
@SpringBootTest
@AutoConfigureMockMvc
class LoginThrottleTests {

	private static final Duration LOCKOUT = Duration.ofMinutes(15);

	private final SettableClock clock = new SettableClock(Instant.parse("2025-09-01T08:00:00Z"));

	@Autowired
	JdbcClient jdbc;

	private LoginThrottle throttle() {
		return new LoginThrottle(this.jdbc, 5, LOCKOUT, this.clock);
	}

	private static String name() {
		return "wang-" + UUID.randomUUID();
	}

	@Test
	void fiveAttemptsAreAllowedAndTheSixthIsRefused() {
		LoginThrottle throttle = throttle();
		String wang = name();
		fail(throttle, wang, 4);
		assertThat(throttle.tryAttempt(wang)).as("fifth").isTrue();
		assertThat(throttle.tryAttempt(wang)).as("sixth").isFalse();
		assertThat(throttle.tryAttempt(name())).as("other accounts").isTrue();
	}

	@Test
	void theLockEndsFifteenMinutesAfterTheLastCountedFailure() {
		LoginThrottle throttle = throttle();
		String wang = name();
		fail(throttle, wang, 5);
		this.clock.advance(LOCKOUT.minusSeconds(1));
		assertThat(throttle.tryAttempt(wang)).as("attempts while locked do not extend the lock").isFalse();
		this.clock.advance(Duration.ofSeconds(1));
		assertThat(throttle.tryAttempt(wang)).isTrue();
	}

	@Test
	void afterTheLockTheCountStartsAgain() {
		LoginThrottle throttle = throttle();
		String wang = name();
		fail(throttle, wang, 5);
		this.clock.advance(LOCKOUT.plusSeconds(1));
		fail(throttle, wang, 5);
		assertThat(throttle.tryAttempt(wang)).isFalse();
	}

	@Test
	void failuresFurtherApartThanTheLockoutDoNotAddUp() {
		LoginThrottle throttle = throttle();
		String wang = name();
		fail(throttle, wang, 4);
		this.clock.advance(LOCKOUT.plusSeconds(1));
		fail(throttle, wang, 4);
		assertThat(throttle.tryAttempt(wang)).isTrue();
	}

	@Test
	void aSuccessfulLoginClearsTheFailures() {
		LoginThrottle throttle = throttle();
		String wang = name();
		fail(throttle, wang, 4);
		throttle.succeeded(wang);
		fail(throttle, wang, 4);
		assertThat(throttle.tryAttempt(wang)).isTrue();
	}

	@Test
	void accountNamesAreCountedIgnoringCaseAndSpaces() {
		LoginThrottle throttle = throttle();
		String wang = name();
		fail(throttle, wang.toUpperCase(), 3);
		fail(throttle, " " + wang + " ", 2);
		assertThat(throttle.tryAttempt(wang)).isFalse();
	}

	@Test
	void aThrottleOnAnotherNodeSeesTheSameCount() {
		String wang = name();
		fail(throttle(), wang, 3);
		fail(throttle(), wang, 2);
		assertThat(throttle().tryAttempt(wang)).isFalse();
	}

	/**
	 * 40 wrong passwords and the right one, all at once: the password check is held until
	 * every attempt has either reached it or been refused, so without an atomic count all
	 * 41 would reach it.
	 */
	@Test
	void ofFortyOneParallelAttemptsAtMostFiveReachThePasswordCheck() throws Exception {
		String wang = name();
		int parallel = 41;
		CountDownLatch decided = new CountDownLatch(parallel);
		CountDownLatch release = new CountDownLatch(1);
		List<String> reached = Collections.synchronizedList(new ArrayList<>());
		AuthenticationProvider passwordCheck = new AuthenticationProvider() {
			@Override
			public org.springframework.security.core.Authentication authenticate(
					org.springframework.security.core.Authentication authentication) {
				reached.add(authentication.getCredentials().toString());
				decided.countDown();
				try {
					release.await(20, TimeUnit.SECONDS);
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
				}
				if (!"right".equals(authentication.getCredentials())) {
					throw new BadCredentialsException("wrong");
				}
				return UsernamePasswordAuthenticationToken.authenticated(wang, null, List.of());
			}

			@Override
			public boolean supports(Class<?> authentication) {
				return true;
			}
		};
		ThrottledAuthenticationProvider provider = new ThrottledAuthenticationProvider(passwordCheck,
				new LoginThrottle(this.jdbc, 5, LOCKOUT, Clock.systemUTC()));
		int rightIndex = new java.util.Random().nextInt(parallel);
		CyclicBarrier start = new CyclicBarrier(parallel);
		AtomicInteger locked = new AtomicInteger();
		AtomicInteger loggedIn = new AtomicInteger();
		ExecutorService pool = Executors.newFixedThreadPool(parallel);
		try {
			List<Future<?>> attempts = new ArrayList<>();
			for (int i = 0; i < parallel; i++) {
				String password = (i == rightIndex) ? "right" : "wrong-" + i;
				attempts.add(pool.submit(() -> {
					start.await(20, TimeUnit.SECONDS);
					try {
						provider.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(wang, password));
						loggedIn.incrementAndGet();
					}
					catch (LockedException ex) {
						locked.incrementAndGet();
						decided.countDown();
					}
					catch (BadCredentialsException ex) {
						// counted already
					}
					return null;
				}));
			}
			assertThat(decided.await(30, TimeUnit.SECONDS)).as("every attempt reached the check or was refused")
				.isTrue();
			release.countDown();
			for (Future<?> attempt : attempts) {
				attempt.get(30, TimeUnit.SECONDS);
			}
		}
		finally {
			release.countDown();
			pool.shutdownNow();
		}
		assertThat(reached).hasSize(5);
		assertThat(locked).hasValue(parallel - 5);
		assertThat(loggedIn.get()).as("the right password logs in only within the first five attempts")
			.isEqualTo(reached.contains("right") ? 1 : 0);
	}

	/**
	 * A script sending 20 requests at once with the right password: they share one check
	 * and all get in.
	 */
	@Test
	void twentyParallelAttemptsWithTheRightPasswordShareOneCheckAndAllSucceed() throws Exception {
		String wang = name();
		int parallel = 20;
		CountDownLatch release = new CountDownLatch(1);
		AtomicInteger checks = new AtomicInteger();
		AuthenticationProvider passwordCheck = new AuthenticationProvider() {
			@Override
			public org.springframework.security.core.Authentication authenticate(
					org.springframework.security.core.Authentication authentication) {
				checks.incrementAndGet();
				try {
					release.await(20, TimeUnit.SECONDS);
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
				}
				return UsernamePasswordAuthenticationToken.authenticated(wang, null, List.of());
			}

			@Override
			public boolean supports(Class<?> authentication) {
				return true;
			}
		};
		ThrottledAuthenticationProvider provider = new ThrottledAuthenticationProvider(passwordCheck,
				new LoginThrottle(this.jdbc, 5, LOCKOUT, Clock.systemUTC()));
		CyclicBarrier start = new CyclicBarrier(parallel + 1);
		ExecutorService pool = Executors.newFixedThreadPool(parallel);
		try {
			List<Future<org.springframework.security.core.Authentication>> attempts = new ArrayList<>();
			for (int i = 0; i < parallel; i++) {
				attempts.add(pool.submit(() -> {
					start.await(20, TimeUnit.SECONDS);
					return provider.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(wang, "right"));
				}));
			}
			start.await(20, TimeUnit.SECONDS);
			org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(20)).until(() -> checks.get() > 0);
			release.countDown();
			for (Future<org.springframework.security.core.Authentication> attempt : attempts) {
				assertThat(attempt.get(30, TimeUnit.SECONDS).isAuthenticated()).isTrue();
			}
		}
		finally {
			release.countDown();
			pool.shutdownNow();
		}
		assertThat(checks.get()).as("password checks").isLessThan(parallel);
	}

	private static void fail(LoginThrottle throttle, String username, int times) {
		for (int i = 0; i < times; i++) {
			assertThat(throttle.tryAttempt(username)).isTrue();
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
