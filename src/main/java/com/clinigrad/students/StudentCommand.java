package com.clinigrad.students;

/**
 * A student's data as an import row or the form gives it; references by natural key.
 */
public record StudentCommand(String studentNo, String name, DegreeType degreeType, String programCode, int cohortYear,
		String disciplineCode, AdmissionType admissionType, SourceSchool sourceSchool, String hospitalCode,
		String supervisorStaffNo, String coSupervisorStaffNo) {
}
