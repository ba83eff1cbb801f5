package com.clinigrad.theses;

/**
 * Where a student who passed the defense stands with the degree committee (学位评定委员会):
 * waiting for a meeting, on the agenda of an open meeting, or decided.
 */
public enum CandidateStanding {

	/** Waiting, on no open meeting's agenda. */
	NOT_ON_MEETING,
	/** On the agenda of an open meeting. */
	ON_MEETING,
	/** The committee decided to award; the award is not recorded yet. */
	AWARD_DECIDED,
	/** The committee decided not to award. */
	NOT_AWARDED,
	/** Awarded. */
	AWARDED;

	static CandidateStanding of(DegreeDecisionStatus status) {
		return switch (status) {
			case AWARD_DECIDED -> AWARD_DECIDED;
			case NOT_AWARDED -> NOT_AWARDED;
			case AWARDED -> AWARDED;
		};
	}

	/**
	 * @return whether the committee has decided
	 */
	public boolean decided() {
		return this != NOT_ON_MEETING && this != ON_MEETING;
	}

	public String messageKey() {
		return "degree.standing." + name();
	}

}
