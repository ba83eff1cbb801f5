package com.clinigrad.admissions.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * One line of the enrollment plan as the office sets or changes it, with the version of
 * the line as shown.
 */
class PlanForm {

	@NotBlank(message = "{validation.required}")
	private String programCode;

	@NotBlank(message = "{validation.required}")
	private String disciplineCode;

	@NotNull(message = "{validation.required}")
	@Min(value = 0, message = "{admissionPlan.validation.planned}")
	@Max(value = 9999, message = "{admissionPlan.validation.planned}")
	private Integer planned;

	@Size(max = 500, message = "{validation.tooLong}")
	private String reason;

	private long version;

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

	public Integer getPlanned() {
		return this.planned;
	}

	public void setPlanned(Integer planned) {
		this.planned = planned;
	}

	public String getReason() {
		return this.reason;
	}

	public void setReason(String reason) {
		this.reason = reason;
	}

	public long getVersion() {
		return this.version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

}
