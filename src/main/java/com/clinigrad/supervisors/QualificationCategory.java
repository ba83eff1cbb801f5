package com.clinigrad.supervisors;

/**
 * Whether a qualification is held as a member of the university, an external supervisor
 * (外聘) or part-time (兼职). The constant names are the {@code category} codes of the
 * exchange format.
 */
public enum QualificationCategory {

	/** 校内. */
	INTERNAL,
	/** 外聘. */
	EXTERNAL,
	/** 兼职. */
	PART_TIME;

	public String messageKey() {
		return "qualificationCategory." + name();
	}

}
