package com.clinigrad.accounts;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Refuses further attempts on an account name after repeated failed logins, for a while,
 * so that passwords cannot be guessed at speed. Counts per account name, in this
 * instance's memory.
 */
@Component
class LoginThrottle {

	private final int maxFailures;

	private final Duration lockout;

	private final Clock clock;

	private final Map<String, Failures> failures = new ConcurrentHashMap<>();

	@Autowired
	LoginThrottle(@Value("${clinigrad.security.max-failed-logins:5}") int maxFailures,
			@Value("${clinigrad.security.lockout:PT15M}") Duration lockout) {
		this(maxFailures, lockout, Clock.systemUTC());
	}

	LoginThrottle(int maxFailures, Duration lockout, Clock clock) {
		this.maxFailures = maxFailures;
		this.lockout = lockout;
		this.clock = clock;
	}

	boolean isBlocked(String username) {
		Failures entry = this.failures.get(key(username));
		return entry != null && entry.count() >= this.maxFailures
				&& entry.last().plus(this.lockout).isAfter(this.clock.instant());
	}

	void failed(String username) {
		Instant now = this.clock.instant();
		this.failures.merge(key(username), new Failures(1, now), (old, added) -> {
			boolean expired = old.last().plus(this.lockout).isBefore(now);
			return new Failures(expired ? 1 : old.count() + 1, now);
		});
	}

	void succeeded(String username) {
		this.failures.remove(key(username));
	}

	private static String key(String username) {
		return (username == null) ? "" : username.trim().toLowerCase(Locale.ROOT);
	}

	private record Failures(int count, Instant last) {
	}

}
