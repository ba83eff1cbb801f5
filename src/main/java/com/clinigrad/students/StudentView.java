package com.clinigrad.students;

import java.time.LocalDate;

/**
 * A student's record by natural keys, as other modules and the forms see it.
 */
public record StudentView(String studentNo, String name, DegreeType degreeType, String programCode, int cohortYear,
		String disciplineCode, AdmissionType admissionType, SourceSchool sourceSchool, String hospitalCode,
		String supervisorStaffNo, String coSupervisorStaffNo, StudentStatus status, LocalDate statusSince,
		long version) {

	/**
	 * @return the staff numbers of the student's supervisor and co-supervisor, if any
	 */
	public java.util.List<String> supervisorStaffNos() {
		java.util.List<String> numbers = new java.util.ArrayList<>();
		if (this.supervisorStaffNo != null) {
			numbers.add(this.supervisorStaffNo);
		}
		if (this.coSupervisorStaffNo != null) {
			numbers.add(this.coSupervisorStaffNo);
		}
		return numbers;
	}

}
