package com.clinigrad.rotations;

/**
 * The result of a clinical exam: the end-of-rotation exam (出科考核) and its retake, and each
 * part (theory, skills) of the residency completion exam (结业考核). Its codes are the
 * exchange contract's ({@code PASS}/{@code FAIL}) and the columns' values.
 */
public enum ExamResult {

	/** 合格. */
	PASS("grades.pass"),
	/** 不合格. */
	FAIL("grades.fail");

	private final String messageKey;

	ExamResult(String messageKey) {
		this.messageKey = messageKey;
	}

	/**
	 * @param code a stored result, {@code null} when none was given
	 * @return the result, or {@code null}
	 */
	public static ExamResult of(String code) {
		return (code != null) ? valueOf(code) : null;
	}

	/**
	 * @return the result of a pass or a fail
	 */
	public static ExamResult of(boolean passed) {
		return passed ? PASS : FAIL;
	}

	public boolean passed() {
		return this == PASS;
	}

	public boolean failed() {
		return this == FAIL;
	}

	/**
	 * @return the word the pages show
	 */
	public String messageKey() {
		return this.messageKey;
	}

	/**
	 * @return the stored code, or {@code null} for none (a bind parameter)
	 */
	static String code(ExamResult result) {
		return (result != null) ? result.name() : null;
	}

}
