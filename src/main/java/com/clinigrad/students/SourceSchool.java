package com.clinigrad.students;

/**
 * Where the student took their previous degree (生源).
 */
public enum SourceSchool {

	/** 本校. */
	OWN,
	/** 外校. */
	OTHER;

	public String messageKey() {
		return "sourceSchool." + name();
	}

}
