package com.clinigrad.accounts;

import java.time.Instant;
import java.util.Set;

/**
 * An account as the administration pages show it (never the password hash).
 *
 * @param mustChangePassword whether the holder must choose a new password at the next
 * login
 * @param passwordChangedAt when the password was last set, or {@code null} before the
 * first change
 */
public record AccountView(long id, String username, String displayName, boolean enabled, Set<Role> roles,
		String hospitalCode, String departmentCode, String staffNo, String studentNo, long version, Instant lastLoginAt,
		boolean mustChangePassword, Instant passwordChangedAt) {
}
