package com.clinigrad.admissions.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import com.clinigrad.admissions.AdmissionCommand;
import com.clinigrad.admissions.AdmissionView;
import com.clinigrad.students.AdmissionType;
import com.clinigrad.students.SourceSchool;

/**
 * An applicant as the admissions office enters or corrects it.
 */
class AdmissionForm {

	@NotNull(message = "{validation.required}")
	@Min(value = 1990, message = "{admission.validation.year}")
	@Max(value = 2100, message = "{admission.validation.year}")
	private Integer year;

	@NotBlank(message = "{validation.required}")
	@Size(max = 40, message = "{validation.tooLong}")
	private String applicantNo;

	@NotBlank(message = "{validation.required}")
	@Size(max = 100, message = "{validation.tooLong}")
	private String name;

	@NotBlank(message = "{validation.required}")
	private String programCode;

	@NotBlank(message = "{validation.required}")
	private String disciplineCode;

	@NotNull(message = "{validation.required}")
	private AdmissionType admissionType;

	private SourceSchool sourceSchool;

	@Size(max = 200, message = "{validation.tooLong}")
	private String sourceSchoolName;

	private boolean firstChoice;

	private boolean admitted;

	private long version;

	static AdmissionForm of(AdmissionView admission) {
		AdmissionForm form = new AdmissionForm();
		form.year = admission.year();
		form.applicantNo = admission.applicantNo();
		form.name = admission.name();
		form.programCode = admission.programCode();
		form.disciplineCode = admission.disciplineCode();
		form.admissionType = admission.admissionType();
		form.sourceSchool = admission.sourceSchool();
		form.sourceSchoolName = admission.sourceSchoolName();
		form.firstChoice = admission.firstChoice();
		form.admitted = admission.admitted();
		form.version = admission.version();
		return form;
	}

	AdmissionCommand toCommand() {
		return new AdmissionCommand(this.year, this.applicantNo.trim(), this.name.trim(), this.programCode,
				this.disciplineCode, this.admissionType, this.sourceSchool, blankToNull(this.sourceSchoolName),
				this.firstChoice, this.admitted, null);
	}

	private static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value.trim();
	}

	public Integer getYear() {
		return this.year;
	}

	public void setYear(Integer year) {
		this.year = year;
	}

	public String getApplicantNo() {
		return this.applicantNo;
	}

	public void setApplicantNo(String applicantNo) {
		this.applicantNo = applicantNo;
	}

	public String getName() {
		return this.name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public String getProgramCode() {
		return this.programCode;
	}

	public void setProgramCode(String programCode) {
		this.programCode = programCode;
	}

	public String getDisciplineCode() {
		return this.disciplineCode;
	}

	public void setDisciplineCode(String disciplineCode) {
		this.disciplineCode = disciplineCode;
	}

	public AdmissionType getAdmissionType() {
		return this.admissionType;
	}

	public void setAdmissionType(AdmissionType admissionType) {
		this.admissionType = admissionType;
	}

	public SourceSchool getSourceSchool() {
		return this.sourceSchool;
	}

	public void setSourceSchool(SourceSchool sourceSchool) {
		this.sourceSchool = sourceSchool;
	}

	public String getSourceSchoolName() {
		return this.sourceSchoolName;
	}

	public void setSourceSchoolName(String sourceSchoolName) {
		this.sourceSchoolName = sourceSchoolName;
	}

	public boolean isFirstChoice() {
		return this.firstChoice;
	}

	public void setFirstChoice(boolean firstChoice) {
		this.firstChoice = firstChoice;
	}

	public boolean isAdmitted() {
		return this.admitted;
	}

	public void setAdmitted(boolean admitted) {
		this.admitted = admitted;
	}

	public long getVersion() {
		return this.version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

}
