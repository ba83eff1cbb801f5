package com.clinigrad.competency;

/**
 * What a recorded change of a training plan did.
 */
public enum PlanChangeKind {

	/** The plan was made from the program's template. */
	CREATED,
	/** A period's months changed. */
	MONTHS,
	/** An optional period was left out. */
	LEFT_OUT,
	/** A left-out period was taken back into the plan. */
	TAKEN_BACK,
	/** A period outside the template was added. */
	ADDED,
	/** The mentor group changed. */
	MENTORS;

	public String messageKey() {
		return "cbt.change." + name();
	}

}
