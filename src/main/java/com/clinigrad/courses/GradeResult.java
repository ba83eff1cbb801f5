package com.clinigrad.courses;

/**
 * The result of a sitting graded pass/fail (合格 / 不合格), or given beside a score.
 */
public enum GradeResult {

	/** 合格. */
	PASS("grades.pass"),
	/** 不合格. */
	FAIL("grades.fail");

	private final String messageKey;

	GradeResult(String messageKey) {
		this.messageKey = messageKey;
	}

	/**
	 * @param code a stored result, {@code null} when none was given
	 * @return the result, or {@code null}
	 * @throws IllegalArgumentException for a code that is no result (the column allows
	 * none)
	 */
	public static GradeResult of(String code) {
		return (code != null) ? valueOf(code) : null;
	}

	/**
	 * @return whether it is a pass; {@code null} (no result) is none
	 */
	public static boolean isPass(GradeResult result) {
		return result == PASS;
	}

	/**
	 * @return the word the pages and the transcript show
	 */
	public String messageKey() {
		return this.messageKey;
	}

}
