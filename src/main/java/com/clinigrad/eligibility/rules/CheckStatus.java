package com.clinigrad.eligibility.rules;

/**
 * The outcome of one check of the audit.
 */
public enum CheckStatus {

	/** Met. */
	PASS("success"),
	/**
	 * Not met, and it cannot be met by waiting (a failed exam, a license after the
	 * deadline).
	 */
	FAIL("danger"),
	/** Not yet met and not yet due. */
	PENDING("warning"),
	/** An approved exception. */
	WAIVED("info");

	private final String tone;

	CheckStatus(String tone) {
		this.tone = tone;
	}

	/**
	 * @return how a page colours it: {@code success}, {@code danger}, {@code warning} or
	 * {@code info} (the suffix of Bootstrap's colour classes)
	 */
	public String tone() {
		return this.tone;
	}

	public boolean satisfied() {
		return this == PASS || this == WAIVED;
	}

}
