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

	/**
	 * The one check of "the office of this student's hospital" (医院教育处), for every module.
	 * @param hospitalCode the student's (or record's) hospital
	 */
	public boolean isOfficeOf(String hospitalCode) {
		return has(Role.HOSPITAL_OFFICE) && this.hospitalCode != null && this.hospitalCode.equals(hospitalCode);
	}

	/**
	 * The one check of "this student's own supervisor" (main or co-supervisor), for every
	 * module.
	 * @param supervisorStaffNo the student's supervisor
	 * @param coSupervisorStaffNo the student's co-supervisor, or {@code null}
	 */
	public boolean supervises(String supervisorStaffNo, String coSupervisorStaffNo) {
		return has(Role.SUPERVISOR) && this.staffNo != null
				&& (this.staffNo.equals(supervisorStaffNo) || this.staffNo.equals(coSupervisorStaffNo));
	}

	/**
	 * The one check of "works at this hospital" (its education office or one of its
	 * department coordinators), for pages about a hospital as a whole, such as its
	 * occupancy.
	 */
	public boolean worksAt(String hospitalCode) {
		return hasAny(Role.HOSPITAL_OFFICE, Role.DEPT_COORDINATOR) && this.hospitalCode != null
				&& this.hospitalCode.equals(hospitalCode);
	}

	/**
	 * The one check of "the coordinator (科室教学秘书) of this department", for every module.
	 */
	public boolean coordinates(String hospitalCode, String departmentCode) {
		return has(Role.DEPT_COORDINATOR) && this.hospitalCode != null && this.hospitalCode.equals(hospitalCode)
				&& this.departmentCode != null && this.departmentCode.equals(departmentCode);
	}

}
