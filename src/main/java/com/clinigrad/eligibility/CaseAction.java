package com.clinigrad.eligibility;

/**
 * What can happen to an open warning or case; {@link CaseStatus#next} says where each
 * leads.
 */
enum CaseAction {

	/** The student states (or changes) their choice among the allowed outcomes. */
	CHOOSE,
	/** The graduate school decides; the student's status follows. */
	DECIDE,
	/** It no longer applies, or the student has left training. */
	RESOLVE

}
