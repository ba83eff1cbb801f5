package com.clinigrad.students.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import com.clinigrad.students.AdmissionType;
import com.clinigrad.students.DegreeType;
import com.clinigrad.students.SourceSchool;
import com.clinigrad.students.StudentCommand;
import com.clinigrad.students.StudentView;

/**
 * The student create and edit form.
 */
class StudentForm {

	@NotBlank(message = "{validation.required}")
	@StudentNumberFormat
	private String studentNo;

	@NotBlank(message = "{validation.required}")
	@Size(max = 100, message = "{validation.tooLong}")
	private String name;

	@NotNull(message = "{validation.required}")
	private DegreeType degreeType;

	@NotBlank(message = "{validation.required}")
	private String programCode;

	@NotNull(message = "{validation.required}")
	@Min(value = 1990, message = "{validation.year}")
	@Max(value = 2100, message = "{validation.year}")
	private Integer cohortYear;

	@NotBlank(message = "{validation.required}")
	private String disciplineCode;

	@NotNull(message = "{validation.required}")
	private AdmissionType admissionType;

	private SourceSchool sourceSchool;

	private String hospitalCode;

	@NotBlank(message = "{validation.required}")
	private String supervisorStaffNo;

	private String coSupervisorStaffNo;

	private long version;

	static StudentForm of(StudentView student) {
		StudentForm form = new StudentForm();
		form.studentNo = student.studentNo();
		form.name = student.name();
		form.degreeType = student.degreeType();
		form.programCode = student.programCode();
		form.cohortYear = student.cohortYear();
		form.disciplineCode = student.disciplineCode();
		form.admissionType = student.admissionType();
		form.sourceSchool = student.sourceSchool();
		form.hospitalCode = student.hospitalCode();
		form.supervisorStaffNo = student.supervisorStaffNo();
		form.coSupervisorStaffNo = student.coSupervisorStaffNo();
		form.version = student.version();
		return form;
	}

	StudentCommand toCommand() {
		return new StudentCommand(trim(this.studentNo), trim(this.name), this.degreeType, this.programCode,
				this.cohortYear, this.disciplineCode, this.admissionType, this.sourceSchool,
				blankToNull(this.hospitalCode), trim(this.supervisorStaffNo), blankToNull(this.coSupervisorStaffNo));
	}

	private static String trim(String value) {
		return (value != null) ? value.trim() : null;
	}

	private static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value.trim();
	}

	public String getStudentNo() {
		return this.studentNo;
	}

	public void setStudentNo(String studentNo) {
		this.studentNo = studentNo;
	}

	public String getName() {
		return this.name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public DegreeType getDegreeType() {
		return this.degreeType;
	}

	public void setDegreeType(DegreeType degreeType) {
		this.degreeType = degreeType;
	}

	public String getProgramCode() {
		return this.programCode;
	}

	public void setProgramCode(String programCode) {
		this.programCode = programCode;
	}

	public Integer getCohortYear() {
		return this.cohortYear;
	}

	public void setCohortYear(Integer cohortYear) {
		this.cohortYear = cohortYear;
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

	public String getHospitalCode() {
		return this.hospitalCode;
	}

	public void setHospitalCode(String hospitalCode) {
		this.hospitalCode = hospitalCode;
	}

	public String getSupervisorStaffNo() {
		return this.supervisorStaffNo;
	}

	public void setSupervisorStaffNo(String supervisorStaffNo) {
		this.supervisorStaffNo = supervisorStaffNo;
	}

	public String getCoSupervisorStaffNo() {
		return this.coSupervisorStaffNo;
	}

	public void setCoSupervisorStaffNo(String coSupervisorStaffNo) {
		this.coSupervisorStaffNo = coSupervisorStaffNo;
	}

	public long getVersion() {
		return this.version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

}
