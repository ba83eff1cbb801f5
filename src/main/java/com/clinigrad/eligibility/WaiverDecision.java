package com.clinigrad.eligibility;

/**
 * What one step of a waiver's history did.
 */
public enum WaiverDecision {

	REQUESTED, APPROVED, REJECTED, REVOKED;

	/**
	 * @return whether the step went against the waiver (shown in red)
	 */
	public boolean negative() {
		return this == REJECTED || this == REVOKED;
	}

}
