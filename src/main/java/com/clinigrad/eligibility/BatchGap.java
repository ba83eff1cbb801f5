package com.clinigrad.eligibility;

/**
 * Why a batch audit has no rows (or fewer rows than students) for a program: said in
 * words on the page instead of "0 students".
 */
public enum BatchGap {

	/** The program (cohort) has no student the caller may see, whatever the status. */
	NO_STUDENTS,
	/** Its students have all left training (graduated, withdrawn, …). */
	NONE_IN_TRAINING,
	/** No version of the program's rules applies to some cohorts. */
	NO_RULE_SET;

	public String messageKey() {
		return "batch.gap." + name();
	}

}
