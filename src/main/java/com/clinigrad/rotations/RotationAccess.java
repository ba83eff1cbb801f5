package com.clinigrad.rotations;

import com.clinigrad.accounts.CurrentUser;
import com.clinigrad.accounts.CurrentUsers;
import com.clinigrad.accounts.Role;
import com.clinigrad.organization.DepartmentView;
import com.clinigrad.students.StudentKey;
import com.clinigrad.students.StudentRegistry;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Who may do what with rotations: reading follows the student register's scope; planning
 * and scheduling belong to the graduate school and the student's hospital office;
 * assessments to the coordinator of the rotation's department.
 */
@Component
class RotationAccess {

	private final StudentRegistry students;

	private final CurrentUsers currentUsers;

	RotationAccess(StudentRegistry students, CurrentUsers currentUsers) {
		this.students = students;
		this.currentUsers = currentUsers;
	}

	/**
	 * @throws RotationNotFoundException unless the caller may see the student
	 */
	StudentKey visibleStudent(String studentNo) {
		return this.students.visibleKey(studentNo)
			.orElseThrow(() -> new RotationNotFoundException("student " + studentNo));
	}

	/**
	 * Looks a student up without a caller check, for loaders that run without a logged-in
	 * user.
	 * @throws RotationNotFoundException when there is no such student
	 */
	StudentKey anyStudent(String studentNo) {
		StudentKey student = this.students.keysByStudentNo(java.util.List.of(studentNo)).get(studentNo);
		if (student == null) {
			throw new RotationNotFoundException("student " + studentNo);
		}
		return student;
	}

	/**
	 * @throws AccessDeniedException unless the caller is graduate-school staff or the
	 * office of the student's hospital
	 */
	CurrentUser requirePlanner(StudentKey student) {
		CurrentUser user = this.currentUsers.require(Role.GRAD_SCHOOL, Role.HOSPITAL_OFFICE);
		if (!user.has(Role.GRAD_SCHOOL) && !user.isOfficeOf(student.hospitalCode())) {
			throw new AccessDeniedException("Not this student's hospital office");
		}
		return user;
	}

	/**
	 * @throws AccessDeniedException unless the caller is graduate-school staff or the
	 * office of that hospital
	 */
	CurrentUser requireHospital(String hospitalCode) {
		CurrentUser user = this.currentUsers.require(Role.GRAD_SCHOOL, Role.HOSPITAL_OFFICE);
		if (!user.has(Role.GRAD_SCHOOL) && !user.isOfficeOf(hospitalCode)) {
			throw new AccessDeniedException("Not this hospital's office");
		}
		return user;
	}

	/**
	 * @throws AccessDeniedException unless the caller coordinates that department
	 */
	CurrentUser requireCoordinator(DepartmentView department) {
		CurrentUser user = this.currentUsers.require(Role.DEPT_COORDINATOR);
		if (!user.coordinates(department.hospitalCode(), department.code())) {
			throw new AccessDeniedException("Not the coordinator of department " + department.id());
		}
		return user;
	}

	CurrentUser current() {
		return this.currentUsers.current();
	}

}
