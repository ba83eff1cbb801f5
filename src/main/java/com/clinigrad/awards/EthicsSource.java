package com.clinigrad.awards;

/**
 * Where an entry of the medical-ethics file (医德档案) comes from, and whether it speaks for
 * or against the student.
 */
public enum EthicsSource {

	/** 患者表扬. */
	PATIENT_PRAISE(true),
	/** 表彰. */
	COMMENDATION(true),
	/** 投诉. */
	COMPLAINT(false),
	/** 不良事件. */
	INCIDENT(false);

	private final boolean positive;

	EthicsSource(boolean positive) {
		this.positive = positive;
	}

	/**
	 * @return whether the entry counts for the student (positive) or against (negative)
	 */
	public boolean positive() {
		return this.positive;
	}

	public String messageKey() {
		return "ethics.source." + name();
	}

}
