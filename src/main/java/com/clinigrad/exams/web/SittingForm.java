package com.clinigrad.exams.web;

import java.time.LocalDateTime;

import com.clinigrad.exams.SittingCommand;
import com.clinigrad.shared.SchoolTime;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * A sitting as typed: the window in the school's local time.
 */
public class SittingForm {

	private long bankId;

	private String title;

	private String hospital;

	private String purpose;

	private String department;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME)
	private LocalDateTime opensAt;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME)
	private LocalDateTime closesAt;

	private int durationMinutes = 60;

	SittingCommand toCommand() {
		return new SittingCommand(this.bankId, this.title, this.hospital, this.purpose, this.department,
				(this.opensAt != null) ? this.opensAt.atZone(SchoolTime.ZONE).toInstant() : null,
				(this.closesAt != null) ? this.closesAt.atZone(SchoolTime.ZONE).toInstant() : null,
				this.durationMinutes);
	}

	public long getBankId() {
		return this.bankId;
	}

	public void setBankId(long bankId) {
		this.bankId = bankId;
	}

	public String getTitle() {
		return this.title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public String getHospital() {
		return this.hospital;
	}

	public void setHospital(String hospital) {
		this.hospital = hospital;
	}

	public String getPurpose() {
		return this.purpose;
	}

	public void setPurpose(String purpose) {
		this.purpose = purpose;
	}

	public String getDepartment() {
		return this.department;
	}

	public void setDepartment(String department) {
		this.department = department;
	}

	public LocalDateTime getOpensAt() {
		return this.opensAt;
	}

	public void setOpensAt(LocalDateTime opensAt) {
		this.opensAt = opensAt;
	}

	public LocalDateTime getClosesAt() {
		return this.closesAt;
	}

	public void setClosesAt(LocalDateTime closesAt) {
		this.closesAt = closesAt;
	}

	public int getDurationMinutes() {
		return this.durationMinutes;
	}

	public void setDurationMinutes(int durationMinutes) {
		this.durationMinutes = durationMinutes;
	}

}
