package com.clinigrad.awards;

/**
 * How an award reaches students: by rank within a quota, to everyone eligible, or on
 * application.
 */
public enum Allocation {

	/** Ranked by the comprehensive evaluation (综合测评) within the quota. */
	RANKED,
	/** Every eligible student (a stipend, a freshman scholarship at 100 %). */
	ALL_ELIGIBLE,
	/** Students who apply and are approved (work-study posts, hardship grants). */
	ON_APPLICATION;

	/**
	 * @return whether students are ranked within a quota
	 */
	public boolean ranked() {
		return this == RANKED;
	}

	public String messageKey() {
		return "award.allocation." + name();
	}

}
