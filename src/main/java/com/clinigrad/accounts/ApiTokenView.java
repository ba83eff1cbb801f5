package com.clinigrad.accounts;

import java.io.Serializable;

import java.time.Instant;

/**
 * An API token as its holder and the administrators see it: never its secret.
 *
 * @param revokedBy the login name of whoever revoked it, or {@code null}
 * @param lastUsedAt its last use on the API (to the minute), or {@code null}
 */
public record ApiTokenView(long id, String name, Instant createdAt, Instant expiresAt, Instant lastUsedAt,
		Instant revokedAt, String revokedBy, ApiTokenStatus status) implements Serializable {

	public boolean active() {
		return this.status == ApiTokenStatus.ACTIVE;
	}

}
