package com.clinigrad.accounts;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import com.clinigrad.shared.BusinessRuleException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A person's API tokens (for {@code Authorization: Bearer} on {@code /api/**}): created
 * on their own account page, shown once, kept only as the SHA-256 of a 256-bit random
 * secret (fast to check, so that an API call costs no password hash), each with an
 * expiry, revoked by their holder or an administrator. A token acts with exactly its
 * holder's current roles and scope.
 */
@Service
public class ApiTokens {

	/**
	 * Every secret starts so, so that a leaked one is recognised (in logs, by scanners).
	 */
	public static final String PREFIX = "cg_";

	/** The lifetimes a person chooses from, in days; the last is the longest allowed. */
	public static final List<Integer> LIFETIMES_DAYS = List.of(30, 90, 365);

	/** The longest name a token may have. */
	public static final int MAX_NAME_LENGTH = 80;

	/** How many tokens one person may have working at once. */
	public static final int MAX_ACTIVE = 10;

	private static final SecureRandom RANDOM = new SecureRandom();

	private final ApiTokenRepository tokens;

	private final CurrentUsers currentUsers;

	private final AccountDirectory directory;

	ApiTokens(ApiTokenRepository tokens, CurrentUsers currentUsers, AccountDirectory directory) {
		this.directory = directory;
		this.tokens = tokens;
		this.currentUsers = currentUsers;
	}

	/**
	 * @return the longest lifetime a token may have, in days
	 */
	public int maxDays() {
		return LIFETIMES_DAYS.get(LIFETIMES_DAYS.size() - 1);
	}

	/**
	 * Creates a token for the caller.
	 * @param name what the caller calls it (which script, which machine)
	 * @param days its lifetime, one of {@link #LIFETIMES_DAYS}
	 * @return the token with its secret, which is not kept and never shown again
	 * @throws BusinessRuleException when the lifetime is not offered, the name is blank
	 * or the caller already has {@link #MAX_ACTIVE} working tokens
	 */
	@Transactional
	public IssuedApiToken create(String name, int days) {
		CurrentUser caller = this.currentUsers.current();
		if (!LIFETIMES_DAYS.contains(days)) {
			throw new BusinessRuleException("apiToken.error.lifetime", maxDays());
		}
		if (name == null || name.isBlank()) {
			throw new BusinessRuleException("apiToken.error.nameRequired");
		}
		if (name.trim().length() > MAX_NAME_LENGTH) {
			throw new BusinessRuleException("apiToken.error.nameTooLong", MAX_NAME_LENGTH);
		}
		Instant now = Instant.now();
		if (this.tokens.countByAccountIdAndRevokedAtIsNullAndExpiresAtAfter(caller.accountId(), now) >= MAX_ACTIVE) {
			throw new BusinessRuleException("apiToken.error.tooMany", MAX_ACTIVE);
		}
		String secret = newSecret();
		ApiToken token = this.tokens
			.save(new ApiToken(caller.accountId(), name.trim(), hash(secret), now, now.plus(Duration.ofDays(days))));
		return new IssuedApiToken(token.toView(now), secret);
	}

	/**
	 * @return the caller's tokens, newest first, working or not
	 */
	@Transactional(readOnly = true)
	public List<ApiTokenView> own() {
		return viewsOf(this.currentUsers.current().accountId());
	}

	/**
	 * @return one of the caller's own tokens
	 * @throws ApiTokenNotFoundException when the caller has no such token (another
	 * person's token is unknown to them)
	 */
	@Transactional(readOnly = true)
	public ApiTokenView own(long tokenId) {
		return ownToken(tokenId).toView(Instant.now());
	}

	/**
	 * Revokes one of the caller's own tokens: it stops working at once.
	 * @throws ApiTokenNotFoundException when the caller has no such token
	 * @throws BusinessRuleException when it is already revoked or expired
	 */
	@Transactional
	public void revokeOwn(long tokenId) {
		ownToken(tokenId).revoke(this.currentUsers.current().username(), Instant.now());
	}

	/**
	 * @return an account's tokens, for an administrator
	 */
	@Transactional(readOnly = true)
	public List<ApiTokenView> ofAccount(long accountId) {
		this.currentUsers.require(Role.ADMIN);
		return viewsOf(accountId);
	}

	@Transactional(readOnly = true)
	public ApiTokenView ofAccount(long accountId, long tokenId) {
		this.currentUsers.require(Role.ADMIN);
		return accountToken(accountId, tokenId).toView(Instant.now());
	}

	/**
	 * An administrator revokes a person's token (a lost laptop, a person who left).
	 */
	@Transactional
	public void revokeOfAccount(long accountId, long tokenId) {
		CurrentUser admin = this.currentUsers.require(Role.ADMIN);
		accountToken(accountId, tokenId).revoke(admin.username(), Instant.now());
	}

	private List<ApiTokenView> viewsOf(long accountId) {
		Instant now = Instant.now();
		List<ApiTokenView> views = this.tokens.findByAccountIdOrderByCreatedAtDescIdDesc(accountId)
			.stream()
			.map((token) -> token.toView(now))
			.toList();
		// who revoked a token, by display name (the tokens keep the login name)
		Map<String, String> names = this.directory.displayNames(views.stream().map(ApiTokenView::revokedBy).toList());
		return views.stream().map((v) -> v.byName(names.getOrDefault(v.revokedBy(), v.revokedBy()))).toList();
	}

	private ApiToken ownToken(long tokenId) {
		return accountToken(this.currentUsers.current().accountId(), tokenId);
	}

	private ApiToken accountToken(long accountId, long tokenId) {
		return this.tokens.findByIdAndAccountId(tokenId, accountId)
			.orElseThrow(() -> new ApiTokenNotFoundException(tokenId));
	}

	/**
	 * @return {@value #PREFIX} and 32 random bytes, base64url without padding (43
	 * characters)
	 */
	static String newSecret() {
		byte[] bytes = new byte[32];
		RANDOM.nextBytes(bytes);
		return PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	/**
	 * @return the SHA-256 of the secret as 64 hex digits: what is kept and looked up
	 */
	static String hash(String secret) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
