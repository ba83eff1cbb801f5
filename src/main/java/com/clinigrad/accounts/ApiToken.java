package com.clinigrad.accounts;

import java.time.Instant;

import com.clinigrad.shared.BusinessRuleException;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A person's named API token: the SHA-256 of its secret, its expiry, and its revocation.
 * Its status is derived ({@link ApiTokenStatus}); once revoked it stays revoked.
 */
@Entity
@Table(name = "api_token")
class ApiToken {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private long accountId;

	private String name;

	private String secretHash;

	private Instant createdAt;

	private Instant expiresAt;

	private Instant revokedAt;

	private String revokedBy;

	private Instant lastUsedAt;

	@Version
	private long version;

	protected ApiToken() {
	}

	ApiToken(long accountId, String name, String secretHash, Instant createdAt, Instant expiresAt) {
		this.accountId = accountId;
		this.name = name;
		this.secretHash = secretHash;
		this.createdAt = createdAt;
		this.expiresAt = expiresAt;
	}

	ApiTokenStatus status(Instant now) {
		return ApiTokenStatus.of(this.expiresAt, this.revokedAt, now);
	}

	/**
	 * Stops the token at once.
	 * @throws BusinessRuleException when it no longer works anyway (revoked or expired)
	 */
	void revoke(String by, Instant when) {
		if (status(when) != ApiTokenStatus.ACTIVE) {
			throw new BusinessRuleException("apiToken.error.notActive", this.name);
		}
		this.revokedAt = when;
		this.revokedBy = by;
	}

	Long getId() {
		return this.id;
	}

	long getAccountId() {
		return this.accountId;
	}

	ApiTokenView toView(Instant now) {
		return new ApiTokenView(this.id, this.name, this.createdAt, this.expiresAt, this.lastUsedAt, this.revokedAt,
				this.revokedBy, status(now));
	}

}
