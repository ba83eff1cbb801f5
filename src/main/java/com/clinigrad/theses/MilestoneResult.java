package com.clinigrad.theses;

/**
 * The verdict on a milestone.
 */
public enum MilestoneResult {

	/** 通过. */
	PASS,
	/** 不通过 — the milestone may be retaken as often as the program allows. */
	FAIL;

	public boolean passed() {
		return this == PASS;
	}

}
