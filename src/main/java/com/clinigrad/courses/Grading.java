package com.clinigrad.courses;

/**
 * How an offering is graded (记分方式): a score 0–100 ({@link Scores}) or pass/fail
 * ({@link GradeResult}).
 */
public enum Grading {

	/** 百分制. */
	SCORE,
	/** 合格 / 不合格. */
	PASS_FAIL;

	public String messageKey() {
		return "offering.grading." + name();
	}

}
