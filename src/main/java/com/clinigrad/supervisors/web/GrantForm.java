package com.clinigrad.supervisors.web;

import java.math.BigDecimal;
import java.time.LocalDate;

import com.clinigrad.supervisors.QualificationRegister.GrantCommand;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * A grant held, as the supervisor enters it.
 */
class GrantForm {

	private String title;

	private BigDecimal amount;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate startOn;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate endOn;

	GrantCommand toCommand() {
		return new GrantCommand(this.title, this.amount, this.startOn, this.endOn);
	}

	public String getTitle() {
		return this.title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public BigDecimal getAmount() {
		return this.amount;
	}

	public void setAmount(BigDecimal amount) {
		this.amount = amount;
	}

	public LocalDate getStartOn() {
		return this.startOn;
	}

	public void setStartOn(LocalDate startOn) {
		this.startOn = startOn;
	}

	public LocalDate getEndOn() {
		return this.endOn;
	}

	public void setEndOn(LocalDate endOn) {
		this.endOn = endOn;
	}

}
