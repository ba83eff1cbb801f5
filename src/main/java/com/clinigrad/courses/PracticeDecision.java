package com.clinigrad.courses;

/**
 * What one step of a practice-credit application did.
 */
public enum PracticeDecision {

	SUBMITTED, APPROVED, REJECTED;

	/**
	 * @return whether the step went against the application (shown in red)
	 */
	public boolean negative() {
		return this == REJECTED;
	}

}
