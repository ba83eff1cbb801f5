package com.clinigrad.courses.web;

import java.math.BigDecimal;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A student's practice / innovation credit application.
 */
class PracticeForm {

	@NotBlank(message = "{validation.required}")
	@Size(max = 200, message = "{validation.tooLong}")
	private String title;

	@NotBlank(message = "{validation.required}")
	@Size(min = 50, max = 4000, message = "{practice.validation.summary}")
	private String summary;

	@NotNull(message = "{validation.required}")
	@DecimalMin(value = "0.5", message = "{practice.validation.credits}")
	@Digits(integer = 1, fraction = 1, message = "{practice.validation.credits}")
	private BigDecimal credits;

	public String getTitle() {
		return this.title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public String getSummary() {
		return this.summary;
	}

	public void setSummary(String summary) {
		this.summary = summary;
	}

	public BigDecimal getCredits() {
		return this.credits;
	}

	public void setCredits(BigDecimal credits) {
		this.credits = credits;
	}

}
