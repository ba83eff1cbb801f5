package com.clinigrad.eligibility;

/**
 * How serious a finding of the scan is, most serious first: a diversion case (a rule has
 * fired; the student chooses, the graduate school decides) or a warning (before a rule
 * bites; it disappears when it no longer applies).
 */
public enum CaseLevel {

	CASE, WARNING;

	public String messageKey() {
		return "case.level." + name();
	}

}
