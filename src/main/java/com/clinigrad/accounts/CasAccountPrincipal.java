package com.clinigrad.accounts;

/**
 * A Clinigrad account logged in through the university's CAS server: the account's roles
 * and scope only; the service ticket it came with is kept for the record. No password
 * change is asked of it: the person does not use the local password.
 */
final class CasAccountPrincipal extends AccountPrincipal {

	private static final long serialVersionUID = 1L;

	private final String ticket;

	CasAccountPrincipal(AccountPrincipal account, String ticket) {
		super(account);
		this.ticket = ticket;
	}

	String getTicket() {
		return this.ticket;
	}

}
