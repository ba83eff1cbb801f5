package com.clinigrad.accounts;

import java.time.Instant;

/**
 * Where an API token stands, derived from its expiry and revocation (never stored): only
 * an {@link #ACTIVE} token opens the API.
 */
public enum ApiTokenStatus {

	/** Not revoked and not yet expired. */
	ACTIVE,

	/** Its expiry has passed. */
	EXPIRED,

	/** Its holder or an administrator revoked it (whatever its expiry). */
	REVOKED;

	/**
	 * @param expiresAt when the token stops working
	 * @param revokedAt when it was revoked, or {@code null}
	 * @param now the moment asked about
	 */
	public static ApiTokenStatus of(Instant expiresAt, Instant revokedAt, Instant now) {
		if (revokedAt != null) {
			return REVOKED;
		}
		return now.isBefore(expiresAt) ? ACTIVE : EXPIRED;
	}

	public String messageKey() {
		return "apiToken.status." + name();
	}

}
