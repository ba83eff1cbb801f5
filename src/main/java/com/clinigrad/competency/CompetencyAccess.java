package com.clinigrad.competency;

import com.clinigrad.accounts.CurrentUser;
import com.clinigrad.accounts.CurrentUsers;
import com.clinigrad.accounts.Role;
import com.clinigrad.students.StudentKey;
import com.clinigrad.students.StudentRegistry;

import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
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

	private final JdbcClient jdbc;

	CompetencyAccess(StudentRegistry students, CurrentUsers currentUsers, JdbcClient jdbc) {
		this.students = students;
		this.currentUsers = currentUsers;
		this.jdbc = jdbc;
	}

	/**
	 * A trainee the caller may see through the student register, or whose mentor group
	 * (导师组, named on the training plan) the caller belongs to.
	 * @throws TrainingPlanNotFoundException otherwise
	 */
	StudentKey visibleOrMentored(String studentNo) {
		Optional<StudentKey> visible = this.students.visibleKey(studentNo);
		if (visible.isPresent()) {
			return visible.get();
		}
		StudentKey key = this.students.keysByStudentNo(List.of(studentNo)).get(studentNo);
		if (key != null && isMentor(key.id())) {
			return key;
		}
		throw new TrainingPlanNotFoundException("No trainee " + studentNo + " visible to the caller");
	}

	/**
	 * @return whether the caller is a member of the trainee's mentor group
	 */
	boolean isMentor(long studentId) {
		CurrentUser user = this.currentUsers.current();
		if (!user.has(Role.SUPERVISOR) || user.staffNo() == null) {
			return false;
		}
		return this.jdbc.sql("""
				select count(*) from training_plan p join training_plan_mentor m on m.plan_id = p.id
				join supervisor v on v.id = m.supervisor_id where p.student_id = :s and v.staff_no = :staff""")
			.param("s", studentId)
			.param("staff", user.staffNo())
			.query(Integer.class)
			.single() > 0;
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
