package com.clinigrad.students;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import com.clinigrad.accounts.CurrentUser;
import com.clinigrad.accounts.Role;

/**
 * The students a caller may see, as the union of what each of their roles allows:
 * everyone (graduate school, degree committee), a hospital's students (hospital office),
 * their own students (supervisor) and, while a supervisor is abroad, that supervisor's
 * students (their deputy, 代理导师, for the dates of the absence), themself (student).
 * Nothing for the other roles. This is the one check of "a supervisor's students": a
 * student's school supervisor and hospital (clinical) supervisor alike.
 *
 * @param all whether every student is visible
 * @param hospitalId the hospital whose students are visible, or {@code null}
 * @param supervisorId the supervisor whose students are visible, or {@code null}
 * @param actingFor the absent supervisors whose students the supervisor sees as their
 * deputy today (empty for none)
 * @param studentNo the one student visible as themself, or {@code null}
 */
record StudentScope(boolean all, Long hospitalId, Long supervisorId, Set<Long> actingFor, String studentNo) {

	static StudentScope of(CurrentUser user, Long ownHospitalId, Long ownSupervisorId, Set<Long> actingFor) {
		if (user.universityWide()) {
			return new StudentScope(true, null, null, Set.of(), null);
		}
		boolean supervisor = user.has(Role.SUPERVISOR) && ownSupervisorId != null;
		return new StudentScope(false, user.has(Role.HOSPITAL_OFFICE) ? ownHospitalId : null,
				supervisor ? ownSupervisorId : null, supervisor ? Set.copyOf(actingFor) : Set.of(),
				user.has(Role.STUDENT) ? user.studentNo() : null);
	}

	boolean none() {
		return !this.all && this.hospitalId == null && this.supervisorId == null && this.studentNo == null;
	}

	boolean allows(Student student) {
		return allows(student.getHospitalId(), student.getSupervisorId(), student.getCoSupervisorId(),
				student.getStudentNo());
	}

	boolean allows(Long studentHospitalId, Long studentSupervisorId, Long studentCoSupervisorId,
			String studentStudentNo) {
		return this.all || (this.hospitalId != null && this.hospitalId.equals(studentHospitalId))
				|| (this.supervisorId != null && (supervises(studentSupervisorId) || supervises(studentCoSupervisorId)))
				|| (this.studentNo != null && this.studentNo.equals(studentStudentNo));
	}

	/**
	 * @return whether the caller acts as this student's supervisor: their school or
	 * hospital supervisor, or the deputy of one of them today
	 */
	boolean supervises(Student student) {
		return this.supervisorId != null
				&& (supervises(student.getSupervisorId()) || supervises(student.getCoSupervisorId()));
	}

	private boolean supervises(Long studentSupervisorId) {
		return studentSupervisorId != null
				&& (this.supervisorId.equals(studentSupervisorId) || this.actingFor.contains(studentSupervisorId));
	}

	/**
	 * @param alias the student table's alias
	 * @param params where the parameters go
	 * @return an SQL condition limiting rows to this scope
	 */
	String sql(String alias, java.util.Map<String, Object> params) {
		if (this.all) {
			return "true";
		}
		List<String> any = new ArrayList<>();
		if (this.hospitalId != null) {
			any.add(alias + ".hospital_id = :scopeHospital");
			params.put("scopeHospital", this.hospitalId);
		}
		if (this.supervisorId != null) {
			List<Long> supervisors = new ArrayList<>();
			supervisors.add(this.supervisorId);
			supervisors.addAll(this.actingFor);
			if (supervisors.size() == 1) {
				any.add("(" + alias + ".supervisor_id = :scopeSupervisor or " + alias
						+ ".co_supervisor_id = :scopeSupervisor)");
				params.put("scopeSupervisor", this.supervisorId);
			}
			else {
				any.add("(" + alias + ".supervisor_id in (:scopeSupervisors) or " + alias
						+ ".co_supervisor_id in (:scopeSupervisors))");
				params.put("scopeSupervisors", supervisors);
			}
		}
		if (this.studentNo != null) {
			any.add(alias + ".student_no = :scopeStudent");
			params.put("scopeStudent", this.studentNo);
		}
		return any.isEmpty() ? "false" : "(" + String.join(" or ", any) + ")";
	}

}
