package com.clinigrad.eligibility.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * What a batch audit covers: one, several or all programs, a cohort or every cohort, and
 * the day it audits.
 */
class BatchAuditForm {

	@NotEmpty(message = "{batch.error.programs}")
	private List<String> programs = new ArrayList<>();

	@Min(value = 1990, message = "{validation.year}")
	@Max(value = 2100, message = "{validation.year}")
	private Integer cohort;

	@NotNull(message = "{validation.required}")
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate asOf;

	public List<String> getPrograms() {
		return this.programs;
	}

	public void setPrograms(List<String> programs) {
		this.programs = (programs != null) ? programs : new ArrayList<>();
	}

	public Integer getCohort() {
		return this.cohort;
	}

	public void setCohort(Integer cohort) {
		this.cohort = cohort;
	}

	public LocalDate getAsOf() {
		return this.asOf;
	}

	public void setAsOf(LocalDate asOf) {
		this.asOf = asOf;
	}

}
