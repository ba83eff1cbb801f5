package com.clinigrad.shared.history;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Change-history revisions for writers that bypass the persistence context (an import
 * writing thousands of audited records in JDBC batches): the same revision row Envers
 * makes for a transaction ({@link ChangeRevision}, stamped with the caller's login like
 * {@link ChangeRevisionListener}), whose number the writer then gives the snapshot rows
 * it inserts into the record's {@code _aud} table, so that {@link ChangeHistory} reads
 * them like any other revision.
 */
@Component
public class BatchRevisions {

	/** Envers' revision types, as stored in the {@code revtype} column. */
	public static final int ADDED = 0;

	/** @see #ADDED */
	public static final int MODIFIED = 1;

	private final JdbcClient jdbc;

	BatchRevisions(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Starts a revision in the current transaction.
	 * @return its number, for the {@code rev} column of the snapshots
	 */
	public long begin() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		String username = (authentication != null && authentication.isAuthenticated()) ? authentication.getName()
				: "system";
		return this.jdbc
			.sql("insert into audit_revision (timestamp, username) values (:timestamp, :username) returning id")
			.param("timestamp", System.currentTimeMillis())
			.param("username", username)
			.query(Long.class)
			.single();
	}

}
