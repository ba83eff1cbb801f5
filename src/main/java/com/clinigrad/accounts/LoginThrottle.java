package com.clinigrad.accounts;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Refuses further attempts on an account name after repeated failed logins, for a while,
 * so that passwords cannot be guessed at speed. Each attempt is counted in the database
 * <em>before</em> its password is checked, in one atomic statement: of any number of
 * parallel attempts (on any number of nodes) at most {@code maxFailures} reach the
 * password check; a successful login clears the count.
 */
@Component
class LoginThrottle {

	private final JdbcClient jdbc;

	private final int maxFailures;

	private final Duration lockout;

	private final Clock clock;

	@Autowired
	LoginThrottle(JdbcClient jdbc, @Value("${clinigrad.security.max-failed-logins:5}") int maxFailures,
			@Value("${clinigrad.security.lockout:PT15M}") Duration lockout) {
		this(jdbc, maxFailures, lockout, Clock.systemUTC());
	}

	LoginThrottle(JdbcClient jdbc, int maxFailures, Duration lockout, Clock clock) {
		this.jdbc = jdbc;
		this.maxFailures = maxFailures;
		this.lockout = lockout;
		this.clock = clock;
	}

	/**
	 * Counts an attempt on this account name, unless it is locked.
	 * @return whether the attempt may check its password; {@code false} while the account
	 * name is locked (the lock ends {@code lockout} after the last counted attempt)
	 */
	boolean tryAttempt(String username) {
		Instant now = this.clock.instant();
		Integer attempts = this.jdbc
			.sql("""
					insert into login_attempt as a (username, attempts, last_attempt) values (:username, 1, :now)
					on conflict (username) do update set
					  attempts = case when a.last_attempt <= :expired then 1 else least(a.attempts + 1, :max + 1) end,
					  last_attempt = case when a.last_attempt <= :expired or a.attempts < :max then :now else a.last_attempt end
					returning attempts
					""")
			.param("username", key(username))
			.param("now", Timestamp.from(now))
			.param("expired", Timestamp.from(now.minus(this.lockout)))
			.param("max", this.maxFailures)
			.query(Integer.class)
			.single();
		return attempts <= this.maxFailures;
	}

	void succeeded(String username) {
		this.jdbc.sql("delete from login_attempt where username = :username").param("username", key(username)).update();
	}

	int maxFailures() {
		return this.maxFailures;
	}

	Duration lockout() {
		return this.lockout;
	}

	private static String key(String username) {
		String key = (username == null) ? "" : username.trim().toLowerCase(Locale.ROOT);
		return (key.length() > 64) ? key.substring(0, 64) : key;
	}

}
