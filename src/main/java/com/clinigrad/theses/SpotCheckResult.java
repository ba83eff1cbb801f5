package com.clinigrad.theses;

/**
 * The result of a thesis drawn for the spot check (抽检).
 */
public enum SpotCheckResult {

	/** 合格. */
	PASSED,
	/** 存在问题 — recorded with what the problem is. */
	PROBLEM;

	public boolean passed() {
		return this == PASSED;
	}

	public String messageKey() {
		return "spotCheck.result." + name();
	}

}
