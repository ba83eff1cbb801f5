package com.clinigrad.accounts;

import java.time.Instant;
import java.util.Set;

/**
 * An account as the administration pages show it (never the password hash).
 */
public record AccountView(long id, String username, String displayName, boolean enabled, Set<Role> roles,
		String hospitalCode, String departmentCode, String staffNo, String studentNo, long version,
		Instant lastLoginAt) {
}
