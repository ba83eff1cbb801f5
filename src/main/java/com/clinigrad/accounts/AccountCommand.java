package com.clinigrad.accounts;

import java.util.Set;

/**
 * What an administrator sets on an account: name, roles and scope.
 */
public record AccountCommand(String displayName, boolean enabled, Set<Role> roles, String hospitalCode,
		String departmentCode, String staffNo, String studentNo) {
}
