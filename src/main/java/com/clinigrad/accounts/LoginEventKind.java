package com.clinigrad.accounts;

/**
 * What the login journal records.
 */
public enum LoginEventKind {

	/** Logged in on the pages. */
	LOGIN,

	/** A wrong user name or password (pages or HTTP Basic). */
	LOGIN_FAILED,

	/** Refused because the name is locked after too many failures. */
	LOGIN_LOCKED,

	/** Logged out. */
	LOGOUT,

	/** A session ended by an administrator or by a password change. */
	SESSION_ENDED,

	/**
	 * A session ended because the person logged out at the university's login server (CAS
	 * or OIDC single logout).
	 */
	SINGLE_LOGOUT;

	public String messageKey() {
		return "loginJournal.kind." + name();
	}

}
