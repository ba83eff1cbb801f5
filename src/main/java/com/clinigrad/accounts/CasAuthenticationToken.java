package com.clinigrad.accounts;

import org.springframework.security.authentication.AbstractAuthenticationToken;

/**
 * A CAS service ticket waiting to be validated, and, once validated, the account it
 * stands for.
 */
final class CasAuthenticationToken extends AbstractAuthenticationToken {

	private static final long serialVersionUID = 1L;

	private final String ticket;

	private final String service;

	private final CasAccountPrincipal principal;

	private CasAuthenticationToken(String ticket, String service, CasAccountPrincipal principal) {
		super((principal != null) ? principal.getAuthorities() : java.util.List.of());
		this.ticket = ticket;
		this.service = service;
		this.principal = principal;
		setAuthenticated(principal != null);
	}

	static CasAuthenticationToken unvalidated(String ticket, String service) {
		return new CasAuthenticationToken(ticket, service, null);
	}

	static CasAuthenticationToken validated(CasAccountPrincipal principal) {
		CasAuthenticationToken token = new CasAuthenticationToken(principal.getTicket(), null, principal);
		token.setDetails(null);
		return token;
	}

	String getService() {
		return this.service;
	}

	@Override
	public Object getCredentials() {
		return this.ticket;
	}

	@Override
	public Object getPrincipal() {
		return (this.principal != null) ? this.principal : this.ticket;
	}

	@Override
	public String getName() {
		return (this.principal != null) ? this.principal.getUsername() : "cas";
	}

}
