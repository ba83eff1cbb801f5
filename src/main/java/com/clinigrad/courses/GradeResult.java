package com.clinigrad.courses;

/**
 * The result of a sitting graded pass/fail (合格 / 不合格), or given beside a score.
 */
public enum GradeResult {

	/** 合格. */
	PASS,
	/** 不合格. */
	FAIL;

	/**
	 * @param code a stored or imported result, {@code null} when none was given
	 * @return whether it is a pass
	 */
	public static boolean isPass(String code) {
		return PASS.name().equals(code);
	}

}
