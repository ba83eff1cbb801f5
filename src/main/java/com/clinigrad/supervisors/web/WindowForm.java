package com.clinigrad.supervisors.web;

import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * A year's application window, as the graduate school sets it.
 */
class WindowForm {

	private Integer year;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate opensOn;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate closesOn;

	private Long version;

	public Integer getYear() {
		return this.year;
	}

	public void setYear(Integer year) {
		this.year = year;
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

	public Long getVersion() {
		return this.version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}

}
