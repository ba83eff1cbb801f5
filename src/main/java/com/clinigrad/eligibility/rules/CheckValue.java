package com.clinigrad.eligibility.rules;

import java.util.Arrays;
import java.util.Optional;

/**
 * The words a check's required and actual values use besides numbers and dates. The audit
 * API shows the codes as the exchange contract has them; pages name them in the reader's
 * language.
 */
public enum CheckValue {

	/** Nothing recorded yet. */
	NONE("none"),
	/** A certificate must be on record. */
	RECORDED("recorded"),
	/** A milestone passed, or must pass. */
	PASS("PASS"),
	/** A milestone failed. */
	FAIL("FAIL");

	private final String code;

	CheckValue(String code) {
		this.code = code;
	}

	/**
	 * @return the value as the audit API shows it
	 */
	public String code() {
		return this.code;
	}

	/**
	 * @return the word a value is, empty for a number, a date or another text
	 */
	public static Optional<CheckValue> of(String value) {
		return Arrays.stream(values()).filter((word) -> word.code.equals(value)).findFirst();
	}

}
