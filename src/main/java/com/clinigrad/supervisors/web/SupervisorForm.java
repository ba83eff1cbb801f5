package com.clinigrad.supervisors.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import com.clinigrad.supervisors.SupervisorCommand;
import com.clinigrad.supervisors.SupervisorRef;
import com.clinigrad.supervisors.TitleLevel;

/**
 * The supervisor edit form.
 */
class SupervisorForm {

	private String staffNo;

	@NotBlank(message = "{validation.required}")
	@Size(max = 100, message = "{validation.tooLong}")
	private String name;

	@NotNull(message = "{validation.required}")
	private TitleLevel titleLevel;

	private boolean doctoralSupervisor;

	private boolean masterSupervisor;

	@Size(max = 200, message = "{validation.tooLong}")
	private String institution;

	private String hospitalCode;

	private boolean degreeCommitteeMember;

	@Min(value = 1900, message = "{validation.birthYear}")
	@Max(value = 2100, message = "{validation.birthYear}")
	private Integer birthYear;

	@Size(max = 40, message = "{validation.tooLong}")
	private String groupCode;

	private String disciplineCode;

	private long version;

	static SupervisorForm of(SupervisorRef supervisor, String hospitalCode) {
		SupervisorForm form = new SupervisorForm();
		form.staffNo = supervisor.staffNo();
		form.name = supervisor.name();
		form.titleLevel = supervisor.titleLevel();
		form.doctoralSupervisor = supervisor.doctoralSupervisor();
		form.masterSupervisor = supervisor.masterSupervisor();
		form.institution = supervisor.institution();
		form.hospitalCode = hospitalCode;
		form.degreeCommitteeMember = supervisor.degreeCommitteeMember();
		form.birthYear = supervisor.birthYear();
		form.groupCode = supervisor.groupCode();
		form.disciplineCode = supervisor.disciplineCode();
		form.version = supervisor.version();
		return form;
	}

	SupervisorCommand toCommand() {
		return new SupervisorCommand(this.staffNo, this.name.trim(), this.titleLevel, this.doctoralSupervisor,
				this.masterSupervisor, this.institution, this.hospitalCode, this.degreeCommitteeMember, this.birthYear,
				this.groupCode, this.disciplineCode);
	}

	public String getStaffNo() {
		return this.staffNo;
	}

	public void setStaffNo(String staffNo) {
		this.staffNo = staffNo;
	}

	public String getName() {
		return this.name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public TitleLevel getTitleLevel() {
		return this.titleLevel;
	}

	public void setTitleLevel(TitleLevel titleLevel) {
		this.titleLevel = titleLevel;
	}

	public boolean isDoctoralSupervisor() {
		return this.doctoralSupervisor;
	}

	public void setDoctoralSupervisor(boolean doctoralSupervisor) {
		this.doctoralSupervisor = doctoralSupervisor;
	}

	public boolean isMasterSupervisor() {
		return this.masterSupervisor;
	}

	public void setMasterSupervisor(boolean masterSupervisor) {
		this.masterSupervisor = masterSupervisor;
	}

	public String getInstitution() {
		return this.institution;
	}

	public void setInstitution(String institution) {
		this.institution = institution;
	}

	public String getHospitalCode() {
		return this.hospitalCode;
	}

	public void setHospitalCode(String hospitalCode) {
		this.hospitalCode = hospitalCode;
	}

	public boolean isDegreeCommitteeMember() {
		return this.degreeCommitteeMember;
	}

	public void setDegreeCommitteeMember(boolean degreeCommitteeMember) {
		this.degreeCommitteeMember = degreeCommitteeMember;
	}

	public Integer getBirthYear() {
		return this.birthYear;
	}

	public void setBirthYear(Integer birthYear) {
		this.birthYear = birthYear;
	}

	public long getVersion() {
		return this.version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

	public String getGroupCode() {
		return this.groupCode;
	}

	public void setGroupCode(String groupCode) {
		this.groupCode = groupCode;
	}

	public String getDisciplineCode() {
		return this.disciplineCode;
	}

	public void setDisciplineCode(String disciplineCode) {
		this.disciplineCode = disciplineCode;
	}

}
