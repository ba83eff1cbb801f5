package com.clinigrad.surveys.web;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import com.clinigrad.surveys.OpenRoundCommand;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * A round to open: template, year, days open, and the students (numbers pasted one per
 * line or separated by commas, or a program's students in training).
 */
class OpenRoundForm {

	@NotNull(message = "{validation.required}")
	@Min(value = 1990, message = "{admission.validation.year}")
	@Max(value = 2100, message = "{admission.validation.year}")
	private Integer year;

	@NotBlank(message = "{validation.required}")
	private String templateCode;

	@NotNull(message = "{validation.required}")
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate opensOn;

	@NotNull(message = "{validation.required}")
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate closesOn;

	private String studentNos;

	private String programCode;

	OpenRoundCommand toCommand() {
		List<String> numbers = (this.studentNos == null) ? List.of()
				: Arrays.stream(this.studentNos.split("[\\s,，;；]+")).filter((s) -> !s.isBlank()).toList();
		return new OpenRoundCommand(this.year, this.templateCode, this.opensOn, this.closesOn, numbers,
				(this.programCode == null || this.programCode.isBlank()) ? null : this.programCode);
	}

	public Integer getYear() {
		return this.year;
	}

	public void setYear(Integer year) {
		this.year = year;
	}

	public String getTemplateCode() {
		return this.templateCode;
	}

	public void setTemplateCode(String templateCode) {
		this.templateCode = templateCode;
	}

	public LocalDate getOpensOn() {
		return this.opensOn;
	}

	public void setOpensOn(LocalDate opensOn) {
		this.opensOn = opensOn;
	}

	public LocalDate getClosesOn() {
		return this.closesOn;
	}

	public void setClosesOn(LocalDate closesOn) {
		this.closesOn = closesOn;
	}

	public String getStudentNos() {
		return this.studentNos;
	}

	public void setStudentNos(String studentNos) {
		this.studentNos = studentNos;
	}

	public String getProgramCode() {
		return this.programCode;
	}

	public void setProgramCode(String programCode) {
		this.programCode = programCode;
	}

}
