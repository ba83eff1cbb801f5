package com.clinigrad.students;

import java.util.ArrayList;
import java.util.List;

import com.clinigrad.accounts.CurrentUser;
import com.clinigrad.accounts.Role;

/**
 * The students a caller may see, as the union of what each of their roles allows:
 * everyone (graduate school, degree committee), a hospital's students (hospital office),
 * their own students (supervisor), themself (student). Nothing for the other roles.
 *
 * @param all whether every student is visible
 * @param hospitalId the hospital whose students are visible, or {@code null}
 * @param supervisorId the supervisor whose students are visible, or {@code null}
 * @param studentNo the one student visible as themself, or {@code null}
 */
record StudentScope(boolean all, Long hospitalId, Long supervisorId, String studentNo) {

	static StudentScope of(CurrentUser user, Long ownHospitalId, Long ownSupervisorId) {
		if (user.universityWide()) {
			return new StudentScope(true, null, null, null);
		}
		return new StudentScope(false, user.has(Role.HOSPITAL_OFFICE) ? ownHospitalId : null,
				user.has(Role.SUPERVISOR) ? ownSupervisorId : null, user.has(Role.STUDENT) ? user.studentNo() : null);
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
				|| (this.supervisorId != null && (this.supervisorId.equals(studentSupervisorId)
						|| this.supervisorId.equals(studentCoSupervisorId)))
				|| (this.studentNo != null && this.studentNo.equals(studentStudentNo));
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
			any.add("(" + alias + ".supervisor_id = :scopeSupervisor or " + alias
					+ ".co_supervisor_id = :scopeSupervisor)");
			params.put("scopeSupervisor", this.supervisorId);
		}
		if (this.studentNo != null) {
			any.add(alias + ".student_no = :scopeStudent");
			params.put("scopeStudent", this.studentNo);
		}
		return any.isEmpty() ? "false" : "(" + String.join(" or ", any) + ")";
	}

}
