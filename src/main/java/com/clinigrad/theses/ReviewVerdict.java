package com.clinigrad.theses;

/**
 * A blind reviewer's verdict on the defense (DOMAIN §6).
 */
public enum ReviewVerdict {

	/** 同意答辩. */
	AGREE,
	/** 修改后答辩. */
	AGREE_AFTER_REVISION,
	/** 不同意答辩 — counts against the round. */
	DISAGREE;

	public boolean disagrees() {
		return this == DISAGREE;
	}

	/**
	 * @return whether the reviewer agrees without asking for a revision first
	 */
	public boolean unconditional() {
		return this == AGREE;
	}

	public String messageKey() {
		return "review.verdict." + name();
	}

}
