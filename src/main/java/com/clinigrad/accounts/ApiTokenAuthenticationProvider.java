package com.clinigrad.accounts;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.springframework.security.oauth2.server.resource.authentication.BearerTokenAuthenticationToken;

/**
 * Checks an API token: the SHA-256 of what was sent looked up by index in one query that
 * also reads the holder's account and current roles (so that a role taken away or an
 * account disabled applies to the next call), no password hash involved. The last use is
 * written at most once a minute per token, not on every call.
 */
final class ApiTokenAuthenticationProvider implements AuthenticationProvider {

	static final Duration LAST_USE_PRECISION = Duration.ofMinutes(1);

	private static final int MAX_LENGTH = 200;

	private final JdbcClient jdbc;

	ApiTokenAuthenticationProvider(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public Authentication authenticate(Authentication authentication) throws AuthenticationException {
		String secret = ((BearerTokenAuthenticationToken) authentication).getToken();
		if (secret == null || !secret.startsWith(ApiTokens.PREFIX) || secret.length() > MAX_LENGTH) {
			throw new InvalidBearerTokenException("Not a Clinigrad API token");
		}
		Holder holder = find(ApiTokens.hash(secret))
			.orElseThrow(() -> new InvalidBearerTokenException("Unknown API token"));
		Instant now = Instant.now();
		if (ApiTokenStatus.of(holder.expiresAt, holder.revokedAt, now) != ApiTokenStatus.ACTIVE) {
			throw new InvalidBearerTokenException("The API token is expired or revoked");
		}
		if (!holder.principal.isEnabled()) {
			throw new InvalidBearerTokenException("The account of the API token is disabled");
		}
		if (holder.lastUsedAt == null || holder.lastUsedAt.isBefore(now.minus(LAST_USE_PRECISION))) {
			touch(holder.tokenId, now);
		}
		return new ApiTokenAuthentication(holder.principal, holder.tokenId);
	}

	private Optional<Holder> find(String hash) {
		return this.jdbc.sql("""
				select t.id, t.expires_at, t.revoked_at, t.last_used_at, a.id as account_id, a.username,
				       a.display_name, a.enabled, a.hospital_code, a.department_code, a.staff_no, a.student_no,
				       a.must_change_password,
				       (select string_agg(r.role, ',') from user_role r where r.account_id = a.id) as roles
				from api_token t join user_account a on a.id = t.account_id
				where t.secret_hash = :hash
				""").param("hash", hash).query((rs, row) -> {
			AccountPrincipal principal = new AccountPrincipal(rs.getLong("account_id"), rs.getString("username"),
					rs.getString("display_name"), rs.getBoolean("enabled"), roles(rs.getString("roles")),
					rs.getString("hospital_code"), rs.getString("department_code"), rs.getString("staff_no"),
					rs.getString("student_no"), rs.getBoolean("must_change_password"));
			return new Holder(rs.getLong("id"), instant(rs.getTimestamp("expires_at")),
					instant(rs.getTimestamp("revoked_at")), instant(rs.getTimestamp("last_used_at")), principal);
		}).optional();
	}

	/**
	 * Writes the last use unless another call of the same minute already did.
	 */
	private void touch(long tokenId, Instant now) {
		this.jdbc
			.sql("update api_token set last_used_at = :now where id = :id "
					+ "and (last_used_at is null or last_used_at < :stale)")
			.param("now", Timestamp.from(now))
			.param("stale", Timestamp.from(now.minus(LAST_USE_PRECISION)))
			.param("id", tokenId)
			.update();
	}

	private static Set<Role> roles(String names) {
		Set<Role> roles = EnumSet.noneOf(Role.class);
		if (names != null) {
			for (String name : names.split(",")) {
				roles.add(Role.valueOf(name));
			}
		}
		return roles;
	}

	private static Instant instant(Timestamp timestamp) {
		return (timestamp != null) ? timestamp.toInstant() : null;
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return BearerTokenAuthenticationToken.class.isAssignableFrom(authentication);
	}

	private record Holder(long tokenId, Instant expiresAt, Instant revokedAt, Instant lastUsedAt,
			AccountPrincipal principal) {
	}

}
