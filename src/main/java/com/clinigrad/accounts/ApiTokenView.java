package com.clinigrad.accounts;

import java.io.Serializable;

import java.time.Instant;

/**
 * An API token as its holder and the administrators see it: never its secret.
 *
 * @param revokedBy whoever revoked it (their login name, or their display name where a
 * page shows it), or {@code null}
 * @param lastUsedAt its last use on the API (to the minute), or {@code null}
 */
public record ApiTokenView(long id, String name, Instant createdAt, Instant expiresAt, Instant lastUsedAt,
		Instant revokedAt, String revokedBy, ApiTokenStatus status) implements Serializable {

	public boolean active() {
		return this.status == ApiTokenStatus.ACTIVE;
	}

	/**
	 * @return the same token naming who revoked it as given (a display name for a page)
	 */
	public ApiTokenView byName(String revoker) {
		return new ApiTokenView(this.id, this.name, this.createdAt, this.expiresAt, this.lastUsedAt, this.revokedAt,
				revoker, this.status);
	}

}
