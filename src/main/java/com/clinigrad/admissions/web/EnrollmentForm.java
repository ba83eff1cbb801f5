package com.clinigrad.admissions.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import com.clinigrad.admissions.EnrollmentCommand;

/**
 * What the office adds to an admitted applicant to enroll them: the student number, the
 * supervisor's staff number and the hospital.
 */
class EnrollmentForm {

	@NotBlank(message = "{validation.required}")
	@Size(max = 40, message = "{validation.tooLong}")
	private String studentNo;

	@NotBlank(message = "{validation.required}")
	@Size(max = 32, message = "{validation.tooLong}")
	private String supervisorStaffNo;

	private String hospitalCode;

	private long version;

	EnrollmentCommand toCommand() {
		return new EnrollmentCommand(this.studentNo.trim(), this.supervisorStaffNo.trim(),
				(this.hospitalCode == null || this.hospitalCode.isBlank()) ? null : this.hospitalCode);
	}

	public String getStudentNo() {
		return this.studentNo;
	}

	public void setStudentNo(String studentNo) {
		this.studentNo = studentNo;
	}

	public String getSupervisorStaffNo() {
		return this.supervisorStaffNo;
	}

	public void setSupervisorStaffNo(String supervisorStaffNo) {
		this.supervisorStaffNo = supervisorStaffNo;
	}

	public String getHospitalCode() {
		return this.hospitalCode;
	}

	public void setHospitalCode(String hospitalCode) {
		this.hospitalCode = hospitalCode;
	}

	public long getVersion() {
		return this.version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

}
