package com.clinigrad.admissions;

import com.clinigrad.students.AdmissionType;
import com.clinigrad.students.SourceSchool;

/**
 * One applicant of a year as the office enters it or a row of the {@code admissions}
 * dataset brings it; keyed by year and applicant number.
 *
 * @param sourceSchool {@code null} when not given
 * @param studentNo the student number once enrolled, or {@code null}
 */
public record AdmissionCommand(int year, String applicantNo, String name, String programCode, String disciplineCode,
		AdmissionType admissionType, SourceSchool sourceSchool, String sourceSchoolName, boolean firstChoice,
		boolean admitted, String studentNo) {
}
