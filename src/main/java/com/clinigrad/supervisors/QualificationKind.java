package com.clinigrad.supervisors;

/**
 * The two supervisor qualifications: master's supervisor (硕导) and doctoral supervisor
 * (博导). The constant names are the {@code kind} codes of the exchange format.
 */
public enum QualificationKind {

	/** 硕士生导师. */
	MASTER_SUPERVISOR,
	/** 博士生导师. */
	DOCTORAL_SUPERVISOR;

	public String messageKey() {
		return "qualificationKind." + name();
	}

}
