package com.clinigrad.students;

import java.time.LocalDate;

/**
 * A student's record by natural keys, as other modules and the forms see it.
 */
public record StudentView(String studentNo, String name, DegreeType degreeType, String programCode, int cohortYear,
		String disciplineCode, AdmissionType admissionType, SourceSchool sourceSchool, String hospitalCode,
		String supervisorStaffNo, String coSupervisorStaffNo, StudentStatus status, LocalDate statusSince,
		long version) {
}
