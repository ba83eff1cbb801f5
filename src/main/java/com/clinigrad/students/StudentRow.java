package com.clinigrad.students;

/**
 * One line of the student list.
 */
public record StudentRow(String studentNo, String name, DegreeType degreeType, String programCode, int cohortYear,
		String disciplineCode, String disciplineName, String disciplineNameEn, String hospitalCode, String hospitalName,
		String hospitalNameEn, String supervisorStaffNo, String supervisorName, String coSupervisorName,
		StudentStatus status) {
}
