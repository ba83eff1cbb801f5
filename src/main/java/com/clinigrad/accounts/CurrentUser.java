package com.clinigrad.accounts;

import java.util.Collections;
import java.util.Set;

/**
 * Who is calling: the account, its roles and the records its roles are limited to.
 *
 * @param accountId the account
 * @param username the login name
 * @param displayName the name shown on pages
 * @param roles the roles held
 * @param hospitalCode the hospital of a hospital office or department coordinator
 * @param departmentCode the department of a department coordinator
 * @param staffNo the supervisor record of a supervisor (or expert)
 * @param studentNo the student record of a student
 */
public record CurrentUser(long accountId, String username, String displayName, Set<Role> roles, String hospitalCode,
		String departmentCode, String staffNo, String studentNo) {

	public CurrentUser {
		roles = Collections.unmodifiableSet(roles);
	}

	public boolean has(Role role) {
		return this.roles.contains(role);
	}

	public boolean hasAny(Role... candidates) {
		for (Role role : candidates) {
			if (this.roles.contains(role)) {
				return true;
			}
		}
		return false;
	}

	/**
	 * @return whether one of the roles sees every student of the university
	 */
	public boolean universityWide() {
		return this.roles.stream().anyMatch(Role.UNIVERSITY_WIDE::contains);
	}

}
