package com.clinigrad.rotations.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * The confirmation of a rotation's cancellation or restoration: why, and the rotation's
 * version the confirmation was shown with.
 */
class StatusChangeForm {

	@NotBlank(message = "{rotation.validation.changeReason}")
	@Size(max = 500, message = "{validation.tooLong}")
	private String reason;

	@NotNull
	private Long version;

	public String getReason() {
		return this.reason;
	}

	public void setReason(String reason) {
		this.reason = reason;
	}

	public Long getVersion() {
		return this.version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}

}
