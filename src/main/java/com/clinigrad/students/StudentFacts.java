package com.clinigrad.students;

/**
 * What an award scheme needs to know of a student to say whether they are eligible and in
 * which quota group they rank: degree type, cohort, admission, status and hospital.
 */
public record StudentFacts(long id, String studentNo, String name, String programCode, DegreeType degreeType,
		int cohortYear, AdmissionType admissionType, StudentStatus status, String hospitalCode,
		String supervisorStaffNo, String coSupervisorStaffNo) {
}
