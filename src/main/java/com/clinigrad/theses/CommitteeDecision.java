package com.clinigrad.theses;

/**
 * What the degree committee (学位评定委员会) decided: more than half of all its members in
 * favour awards the degree.
 */
public enum CommitteeDecision {

	/** 同意授予学位. */
	AWARD,
	/** 不同意授予学位. */
	NOT_AWARD;

	public String messageKey() {
		return "degree.decision." + name();
	}

}
