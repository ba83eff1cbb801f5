package com.clinigrad.documents;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Limits how often one address may ask the public verification page, so that codes cannot
 * be guessed by trying: a count per address and minute in the database (so that every
 * node counts toward the same limit).
 */
@Component
public class VerifyThrottle {

	private final JdbcClient jdbc;

	private final int perMinute;

	VerifyThrottle(JdbcClient jdbc, @Value("${clinigrad.documents.verify-per-minute:20}") int perMinute) {
		this.jdbc = jdbc;
		this.perMinute = perMinute;
	}

	/**
	 * Counts one request of the address.
	 * @return whether it is within the limit
	 */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public boolean allow(String address) {
		Instant window = Instant.now().truncatedTo(ChronoUnit.MINUTES);
		int attempts = this.jdbc.sql("""
				insert into verify_attempt (address, window_start, attempts) values (:a, :w, 1)
				on conflict (address, window_start) do update set attempts = verify_attempt.attempts + 1
				returning attempts
				""")
			.param("a", (address == null) ? "" : address)
			.param("w", java.sql.Timestamp.from(window))
			.query(Integer.class)
			.single();
		return attempts <= this.perMinute;
	}

	/**
	 * Forgets the counts of past windows (the nightly retention job).
	 */
	@Transactional
	int forgetBefore(Instant before) {
		return this.jdbc.sql("delete from verify_attempt where window_start < :b")
			.param("b", java.sql.Timestamp.from(before))
			.update();
	}

}
