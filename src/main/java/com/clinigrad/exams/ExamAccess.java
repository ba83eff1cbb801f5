package com.clinigrad.exams;

import com.clinigrad.accounts.CurrentUser;
import com.clinigrad.accounts.CurrentUsers;
import com.clinigrad.accounts.Role;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Who may do what with exams: the graduate school everything, a hospital's education
 * office the banks and sittings of its hospital; candidates and markers are checked
 * against their own rows by the services.
 */
@Component
class ExamAccess {

	private final CurrentUsers users;

	ExamAccess(CurrentUsers users) {
		this.users = users;
	}

	CurrentUser current() {
		return this.users.current();
	}

	CurrentUser requireStaff() {
		return this.users.require(Role.GRAD_SCHOOL, Role.HOSPITAL_OFFICE);
	}

	/**
	 * @param hospitalCode the bank's or sitting's hospital, {@code null} for a
	 * university-wide bank
	 */
	CurrentUser requireStaffOf(String hospitalCode) {
		CurrentUser user = requireStaff();
		if (user.has(Role.GRAD_SCHOOL) || (hospitalCode != null && user.isOfficeOf(hospitalCode))) {
			return user;
		}
		throw new AccessDeniedException("Not this hospital's exam");
	}

	/**
	 * A university-wide bank is read by every office and edited by the graduate school.
	 */
	CurrentUser requireReaderOf(String hospitalCode) {
		CurrentUser user = requireStaff();
		if (hospitalCode == null) {
			return user;
		}
		return requireStaffOf(hospitalCode);
	}

	CurrentUser requireStudent() {
		CurrentUser user = this.users.require(Role.STUDENT);
		if (user.studentNo() == null) {
			throw new AccessDeniedException("No student record");
		}
		return user;
	}

}
