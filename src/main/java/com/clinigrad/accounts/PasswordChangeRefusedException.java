package com.clinigrad.accounts;

import com.clinigrad.shared.BusinessRuleException;

/**
 * A change of one's own password refused for a reason tied to one of the form's fields:
 * the current password is wrong (or too many wrong ones were typed), or the new one is
 * the current one.
 */
public class PasswordChangeRefusedException extends BusinessRuleException {

	private final boolean aboutCurrentPassword;

	PasswordChangeRefusedException(boolean aboutCurrentPassword, String messageKey, Object... arguments) {
		super(messageKey, arguments);
		this.aboutCurrentPassword = aboutCurrentPassword;
	}

	/**
	 * @return whether the refusal is about the current password (else the new one)
	 */
	public boolean isAboutCurrentPassword() {
		return this.aboutCurrentPassword;
	}

}
