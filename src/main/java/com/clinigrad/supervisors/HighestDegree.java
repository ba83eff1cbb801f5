package com.clinigrad.supervisors;

/**
 * A person's highest degree (最高学位), lowest first.
 */
public enum HighestDegree {

	/** 学士. */
	BACHELOR,
	/** 硕士. */
	MASTER,
	/** 博士. */
	DOCTORATE;

	/**
	 * @return whether this degree is the given one or higher
	 */
	public boolean atLeast(HighestDegree required) {
		return ordinal() >= required.ordinal();
	}

	public String messageKey() {
		return "highestDegree." + name();
	}

}
