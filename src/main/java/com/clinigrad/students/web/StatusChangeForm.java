package com.clinigrad.students.web;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import com.clinigrad.students.StatusChangeCommand;
import com.clinigrad.students.StudentStatus;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * The status change form: target status, effective date, reason and evidence.
 */
class StatusChangeForm {

	@NotNull(message = "{validation.required}")
	private StudentStatus target;

	@NotNull(message = "{validation.required}")
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate effectiveOn = LocalDate.now();

	@NotBlank(message = "{validation.required}")
	@Size(max = 1000, message = "{validation.tooLong}")
	private String reason;

	@Size(max = 500, message = "{validation.tooLong}")
	private String evidence;

	private long version;

	StatusChangeCommand toCommand() {
		return new StatusChangeCommand(this.target, this.effectiveOn, this.reason.trim(),
				(this.evidence == null || this.evidence.isBlank()) ? null : this.evidence.trim());
	}

	public StudentStatus getTarget() {
		return this.target;
	}

	public void setTarget(StudentStatus target) {
		this.target = target;
	}

	public LocalDate getEffectiveOn() {
		return this.effectiveOn;
	}

	public void setEffectiveOn(LocalDate effectiveOn) {
		this.effectiveOn = effectiveOn;
	}

	public String getReason() {
		return this.reason;
	}

	public void setReason(String reason) {
		this.reason = reason;
	}

	public String getEvidence() {
		return this.evidence;
	}

	public void setEvidence(String evidence) {
		this.evidence = evidence;
	}

	public long getVersion() {
		return this.version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

}
