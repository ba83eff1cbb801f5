package com.clinigrad.achievements;

import com.clinigrad.shared.BusinessRuleException;

/**
 * Where an achievement a student entered stands: waiting for the office, then confirmed
 * (it counts towards the degree) or rejected with a reason. A decision is final.
 */
public enum ClaimStatus {

	/** 待审核. */
	PENDING,
	/** 已确认. */
	CONFIRMED,
	/** 未通过. */
	REJECTED;

	/**
	 * The one transition there is: the office's decision on a pending claim.
	 * @throws BusinessRuleException when the claim was decided already
	 */
	public ClaimStatus decide(boolean confirm) {
		if (this != PENDING) {
			throw new BusinessRuleException("achievement.error.decided");
		}
		return confirm ? CONFIRMED : REJECTED;
	}

	public boolean pending() {
		return this == PENDING;
	}

	public boolean confirmed() {
		return this == CONFIRMED;
	}

	public boolean rejected() {
		return this == REJECTED;
	}

}
