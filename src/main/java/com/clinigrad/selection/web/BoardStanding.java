package com.clinigrad.selection.web;

/**
 * The board's filter by where a supervisor stands.
 */
enum BoardStanding {

	/** 获得名额. */
	WITH_PLACES,
	/** 暂停招生. */
	SUSPENDED,
	/** 两年豁免期内. */
	EXEMPT,
	/** 申诉待决定. */
	APPEAL_PENDING;

	String messageKey() {
		return "selection.standing." + name();
	}

}
