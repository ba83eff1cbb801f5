package com.clinigrad.accounts;

import org.springframework.security.core.AuthenticationException;

/**
 * The university's login vouched for a person whom Clinigrad does not let in: no account
 * (or more than one) matches, or the account is disabled.
 */
class SingleSignOnRefusedException extends AuthenticationException {

	private static final long serialVersionUID = 1L;

	private final boolean unknown;

	private final String identity;

	private SingleSignOnRefusedException(boolean unknown, String identity) {
		super(unknown ? "No Clinigrad account for this identity" : "The Clinigrad account is disabled");
		this.unknown = unknown;
		this.identity = identity;
	}

	static SingleSignOnRefusedException unknown(String identity) {
		return new SingleSignOnRefusedException(true, identity);
	}

	static SingleSignOnRefusedException disabled(String identity) {
		return new SingleSignOnRefusedException(false, identity);
	}

	boolean isUnknown() {
		return this.unknown;
	}

	String getIdentity() {
		return this.identity;
	}

}
