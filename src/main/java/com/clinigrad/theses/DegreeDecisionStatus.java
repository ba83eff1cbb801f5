package com.clinigrad.theses;

/**
 * Where a degree decision stands after the defense, and the one table of what may happen
 * to it: the graduate school records the award (date and certificate) of a degree the
 * committee decided to award, once.
 */
public enum DegreeDecisionStatus {

	/** The committee decided to award; the award is not recorded yet. */
	AWARD_DECIDED,
	/** The committee decided not to award. */
	NOT_AWARDED,
	/** Awarded, with its date and certificate number. */
	AWARDED;

	/**
	 * What may happen to a decision.
	 */
	enum Action {

		AWARD

	}

	/**
	 * The allowed transitions.
	 * @return the status after the action, or {@code null} when this status does not
	 * allow it
	 */
	DegreeDecisionStatus after(Action action) {
		return (this == AWARD_DECIDED && action == Action.AWARD) ? AWARDED : null;
	}

}
