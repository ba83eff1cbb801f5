package com.clinigrad.awards;

/**
 * The two levels of family financial hardship a student may be recognised at (家庭经济困难 认定,
 * DOMAIN §10); the scheme sets what a hardship grant or tuition reduction pays at each.
 */
public enum HardshipLevel {

	/** 特别困难. */
	SPECIAL,
	/** 一般困难. */
	GENERAL;

	public String messageKey() {
		return "hardship.level." + name();
	}

	public String tone() {
		return (this == SPECIAL) ? "text-bg-danger" : "text-bg-warning";
	}

}
