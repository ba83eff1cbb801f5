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
 * assessments to the coordinator of the rotation's department and its hospital's office.
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
	 * The one check of who may see by name the trainees of a department (the occupancy's
	 * drill-down): graduate-school staff, the office of its hospital and its coordinator.
	 */
	boolean mayViewTrainees(String hospitalCode, String departmentCode) {
		CurrentUser user = this.currentUsers.current();
		return user.has(Role.GRAD_SCHOOL) || user.isOfficeOf(hospitalCode)
				|| user.coordinates(hospitalCode, departmentCode);
	}

	/**
	 * The one check of who assesses a rotation (exit exams, Mini-CEX, DOPS, their
	 * corrections): the coordinator of its department, or the education office of the
	 * department's hospital, which records for departments without a coordinator and from
	 * paper forms.
	 */
	boolean mayAssess(String hospitalCode, String departmentCode) {
		CurrentUser user = this.currentUsers.current();
		return user.coordinates(hospitalCode, departmentCode) || user.isOfficeOf(hospitalCode);
	}

	/**
	 * @throws AccessDeniedException unless the caller may assess rotations in that
	 * department ({@link #mayAssess})
	 */
	CurrentUser requireAssessor(DepartmentView department) {
		if (!mayAssess(department.hospitalCode(), department.code())) {
			throw new AccessDeniedException("May not assess in department " + department.id());
		}
		return this.currentUsers.current();
	}

	CurrentUser current() {
		return this.currentUsers.current();
	}

}
