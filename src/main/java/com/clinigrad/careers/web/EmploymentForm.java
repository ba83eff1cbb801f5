package com.clinigrad.careers.web;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import com.clinigrad.careers.DestinationKind;
import com.clinigrad.careers.EmploymentCommand;
import com.clinigrad.careers.EmploymentView;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * A graduate's destination as the office or the graduate enters it.
 */
class EmploymentForm {

	@NotNull(message = "{validation.required}")
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate graduatedOn;

	@NotNull(message = "{validation.required}")
	private DestinationKind destinationKind;

	@Size(max = 200, message = "{validation.tooLong}")
	private String employer;

	@Size(max = 40, message = "{validation.tooLong}")
	private String region;

	private Long version;

	static EmploymentForm of(EmploymentView view) {
		EmploymentForm form = new EmploymentForm();
		form.graduatedOn = view.graduatedOn();
		form.destinationKind = view.destinationKind();
		form.employer = view.employer();
		form.region = view.region();
		form.version = view.version();
		return form;
	}

	EmploymentCommand toCommand(String studentNo) {
		return new EmploymentCommand(studentNo, this.graduatedOn, this.destinationKind, blankToNull(this.employer),
				blankToNull(this.region));
	}

	private static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value.trim();
	}

	public LocalDate getGraduatedOn() {
		return this.graduatedOn;
	}

	public void setGraduatedOn(LocalDate graduatedOn) {
		this.graduatedOn = graduatedOn;
	}

	public DestinationKind getDestinationKind() {
		return this.destinationKind;
	}

	public void setDestinationKind(DestinationKind destinationKind) {
		this.destinationKind = destinationKind;
	}

	public String getEmployer() {
		return this.employer;
	}

	public void setEmployer(String employer) {
		this.employer = employer;
	}

	public String getRegion() {
		return this.region;
	}

	public void setRegion(String region) {
		this.region = region;
	}

	public Long getVersion() {
		return this.version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}

}
