package com.clinigrad.accounts.web;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;

/**
 * The change of one's own password: the current one and the new one twice. It names no
 * account: the account is always the caller's own.
 */
class PasswordChangeForm {

	@NotEmpty(message = "{account.password.currentRequired}")
	@Size(max = 200, message = "{validation.tooLong}")
	private String currentPassword;

	@Size(max = 200, message = "{validation.tooLong}")
	private String newPassword;

	private String confirmPassword;

	private long version;

	static PasswordChangeForm of(long version) {
		PasswordChangeForm form = new PasswordChangeForm();
		form.version = version;
		return form;
	}

	public String getCurrentPassword() {
		return this.currentPassword;
	}

	public void setCurrentPassword(String currentPassword) {
		this.currentPassword = currentPassword;
	}

	public String getNewPassword() {
		return this.newPassword;
	}

	public void setNewPassword(String newPassword) {
		this.newPassword = newPassword;
	}

	public String getConfirmPassword() {
		return this.confirmPassword;
	}

	public void setConfirmPassword(String confirmPassword) {
		this.confirmPassword = confirmPassword;
	}

	public long getVersion() {
		return this.version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

}
