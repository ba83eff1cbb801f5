package com.clinigrad.admissions;

import com.clinigrad.students.AdmissionType;
import com.clinigrad.students.SourceSchool;

/**
 * An applicant as recorded, with the version an edit must name.
 */
public record AdmissionView(long id, int year, String applicantNo, String name, String programCode,
		String disciplineCode, AdmissionType admissionType, SourceSchool sourceSchool, String sourceSchoolName,
		boolean firstChoice, boolean admitted, String studentNo, long version) {

	/**
	 * @return whether the applicant was admitted and has no student record yet
	 */
	public boolean awaitingEnrollment() {
		return this.admitted && this.studentNo == null;
	}

	public AdmissionCommand toCommand() {
		return new AdmissionCommand(this.year, this.applicantNo, this.name, this.programCode, this.disciplineCode,
				this.admissionType, this.sourceSchool, this.sourceSchoolName, this.firstChoice, this.admitted,
				this.studentNo);
	}

}
