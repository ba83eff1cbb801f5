package com.clinigrad.theses;

/**
 * Where a degree decision stands after the defense, and the one table of what may happen
 * to it: the graduate school records the award (date and certificate) of a degree the
 * committee decided to award, once; until the award, the graduate school may correct a
 * mistyped vote with a reason, and the decision follows the corrected vote; after the
 * award, the graduate school may correct a mistyped award date or certificate number with
 * a reason, and the degree stays awarded.
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

		/** The graduate school records the award (date, certificate number). */
		AWARD,
		/** A corrected vote in which more than half of all members are in favour. */
		CORRECT_TO_AWARD,
		/** A corrected vote in which they are not. */
		CORRECT_TO_NOT_AWARD,
		/** A corrected award date or certificate number (学位授予信息更正). */
		CORRECT_AWARD

	}

	/**
	 * The allowed transitions.
	 * @return the status after the action, or {@code null} when this status does not
	 * allow it
	 */
	DegreeDecisionStatus after(Action action) {
		return switch (this) {
			case AWARD_DECIDED -> switch (action) {
				case AWARD -> AWARDED;
				case CORRECT_TO_AWARD -> AWARD_DECIDED;
				case CORRECT_TO_NOT_AWARD -> NOT_AWARDED;
				case CORRECT_AWARD -> null;
			};
			case NOT_AWARDED -> switch (action) {
				case AWARD, CORRECT_AWARD -> null;
				case CORRECT_TO_AWARD -> AWARD_DECIDED;
				case CORRECT_TO_NOT_AWARD -> NOT_AWARDED;
			};
			case AWARDED -> (action == Action.CORRECT_AWARD) ? AWARDED : null;
		};
	}

	public String messageKey() {
		return "degree.status." + name();
	}

}
