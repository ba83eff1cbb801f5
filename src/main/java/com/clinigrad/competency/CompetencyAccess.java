package com.clinigrad.competency;

import com.clinigrad.accounts.CurrentUser;
import com.clinigrad.accounts.CurrentUsers;
import com.clinigrad.accounts.Role;
import com.clinigrad.students.StudentKey;
import com.clinigrad.students.StudentRegistry;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Who may do what in competency-based training: reading a trainee's plan and profile
 * follows the student register's scope (the trainee, their supervisors, their hospital's
 * office, the graduate school); the plan is made and adjusted by the graduate school and
 * the office of the trainee's hospital.
 */
@Component
class CompetencyAccess {

	private final StudentRegistry students;

	private final CurrentUsers currentUsers;

	CompetencyAccess(StudentRegistry students, CurrentUsers currentUsers) {
		this.students = students;
		this.currentUsers = currentUsers;
	}

	/**
	 * @throws TrainingPlanNotFoundException unless the caller may see the trainee
	 */
	StudentKey visibleStudent(String studentNo) {
		return this.students.visibleKey(studentNo)
			.orElseThrow(() -> new TrainingPlanNotFoundException("No trainee " + studentNo + " visible to the caller"));
	}

	boolean mayPlan(StudentKey student) {
		CurrentUser user = this.currentUsers.current();
		return user.has(Role.GRAD_SCHOOL) || user.isOfficeOf(student.hospitalCode());
	}

	/**
	 * @throws AccessDeniedException unless the caller is graduate-school staff or the
	 * office of the trainee's hospital
	 */
	CurrentUser requirePlanner(StudentKey student) {
		CurrentUser user = this.currentUsers.require(Role.GRAD_SCHOOL, Role.HOSPITAL_OFFICE);
		if (!user.has(Role.GRAD_SCHOOL) && !user.isOfficeOf(student.hospitalCode())) {
			throw new AccessDeniedException("Not this trainee's hospital office");
		}
		return user;
	}

	CurrentUser current() {
		return this.currentUsers.current();
	}

	StudentRegistry students() {
		return this.students;
	}

}
