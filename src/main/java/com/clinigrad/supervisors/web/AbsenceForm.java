package com.clinigrad.supervisors.web;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import com.clinigrad.supervisors.AbsenceCommand;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * An absence abroad as the supervisor or the graduate school enters it.
 */
class AbsenceForm {

	@NotBlank
	private String supervisorStaffNo;

	@NotBlank
	@Size(max = 200)
	private String destination;

	@Size(max = 500)
	private String purpose;

	@NotNull
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate leavesOn;

	@NotNull
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate returnsOn;

	private String deputyStaffNo;

	AbsenceCommand toCommand() {
		return new AbsenceCommand(this.supervisorStaffNo, this.destination, this.purpose, this.leavesOn, this.returnsOn,
				this.deputyStaffNo);
	}

	public String getSupervisorStaffNo() {
		return this.supervisorStaffNo;
	}

	public void setSupervisorStaffNo(String supervisorStaffNo) {
		this.supervisorStaffNo = supervisorStaffNo;
	}

	public String getDestination() {
		return this.destination;
	}

	public void setDestination(String destination) {
		this.destination = destination;
	}

	public String getPurpose() {
		return this.purpose;
	}

	public void setPurpose(String purpose) {
		this.purpose = purpose;
	}

	public LocalDate getLeavesOn() {
		return this.leavesOn;
	}

	public void setLeavesOn(LocalDate leavesOn) {
		this.leavesOn = leavesOn;
	}

	public LocalDate getReturnsOn() {
		return this.returnsOn;
	}

	public void setReturnsOn(LocalDate returnsOn) {
		this.returnsOn = returnsOn;
	}

	public String getDeputyStaffNo() {
		return this.deputyStaffNo;
	}

	public void setDeputyStaffNo(String deputyStaffNo) {
		this.deputyStaffNo = deputyStaffNo;
	}

}
