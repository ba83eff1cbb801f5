package com.clinigrad.students;

/**
 * What the annual report and the offices' figures count a student by: program, degree
 * type, cohort, admission, status, hospital and supervisors.
 *
 * @param sourceSchool the source school, or {@code null} when not recorded
 * @param hospitalCode the hospital, or {@code null} when none is recorded
 */
public record StudentFigureRow(long id, String studentNo, String name, String programCode, DegreeType degreeType,
		int cohortYear, AdmissionType admissionType, SourceSchool sourceSchool, StudentStatus status,
		String hospitalCode, String supervisorStaffNo, String coSupervisorStaffNo) {
}
