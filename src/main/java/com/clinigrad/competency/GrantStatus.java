package com.clinigrad.competency;

/**
 * The states of a privilege granted to a trainee: in force until a later decision for the
 * same activity supersedes it or it is revoked with a reason; both end it for good.
 */
public enum GrantStatus {

	/** 现行 */
	GRANTED,
	/** 已被新决定取代 */
	SUPERSEDED,
	/** 已撤销 */
	REVOKED;

	public boolean canMoveTo(GrantStatus next) {
		return this == GRANTED && (next == SUPERSEDED || next == REVOKED);
	}

	public boolean inForce() {
		return this == GRANTED;
	}

	public String messageKey() {
		return "ent.status." + name();
	}

}
