package com.clinigrad.accounts;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A token's status is derived from its expiry and revocation: working strictly before the
 * expiry, revoked whatever the expiry.
 */
class ApiTokenStatusTests {

	static final Instant EXPIRY = Instant.parse("2027-03-05T12:00:00Z");

	@Test
	void aTokenWorksUntilJustBeforeItsExpiry() {
		assertThat(ApiTokenStatus.of(EXPIRY, null, EXPIRY.minusMillis(1))).isEqualTo(ApiTokenStatus.ACTIVE);
		assertThat(ApiTokenStatus.of(EXPIRY, null, EXPIRY)).isEqualTo(ApiTokenStatus.EXPIRED);
		assertThat(ApiTokenStatus.of(EXPIRY, null, EXPIRY.plusSeconds(1))).isEqualTo(ApiTokenStatus.EXPIRED);
	}

	@Test
	void aRevokedTokenStaysRevokedBeforeAndAfterItsExpiry() {
		Instant revoked = EXPIRY.minusSeconds(3600);
		assertThat(ApiTokenStatus.of(EXPIRY, revoked, revoked)).isEqualTo(ApiTokenStatus.REVOKED);
		assertThat(ApiTokenStatus.of(EXPIRY, revoked, EXPIRY.plusSeconds(86_400))).isEqualTo(ApiTokenStatus.REVOKED);
	}

	@Test
	void aSecretIsRecognisableLongAndRandomAndItsHashIsTheSha256() {
		String secret = ApiTokens.newSecret();
		assertThat(secret).startsWith(ApiTokens.PREFIX).hasSize(46).matches("cg_[A-Za-z0-9_-]{43}");
		assertThat(ApiTokens.newSecret()).isNotEqualTo(secret);
		assertThat(ApiTokens.hash("abc")).isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
		assertThat(ApiTokens.hash(secret)).hasSize(64).doesNotContain(secret.substring(3));
	}

	@Test
	void aTokenCannotBeRevokedTwice() {
		ApiToken token = new ApiToken(1L, "script", ApiTokens.hash("x"), EXPIRY.minusSeconds(86_400), EXPIRY);
		token.revoke("someone", EXPIRY.minusSeconds(60));
		assertThat(token.status(EXPIRY.minusSeconds(30))).isEqualTo(ApiTokenStatus.REVOKED);
		org.assertj.core.api.Assertions.assertThatThrownBy(() -> token.revoke("someone", EXPIRY.minusSeconds(30)))
			.isInstanceOf(com.clinigrad.shared.BusinessRuleException.class);
	}

}
