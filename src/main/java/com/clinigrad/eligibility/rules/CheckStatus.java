package com.clinigrad.eligibility.rules;

/**
 * The outcome of one check of the audit.
 */
public enum CheckStatus {

	/** Met. */
	PASS,
	/**
	 * Not met, and it cannot be met by waiting (a failed exam, a license after the
	 * deadline).
	 */
	FAIL,
	/** Not yet met and not yet due. */
	PENDING,
	/** An approved exception. */
	WAIVED;

	public boolean satisfied() {
		return this == PASS || this == WAIVED;
	}

}
