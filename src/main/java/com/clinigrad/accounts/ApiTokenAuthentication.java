package com.clinigrad.accounts;

import org.springframework.security.authentication.AbstractAuthenticationToken;

/**
 * A request authenticated by an API token: its holder, with the holder's current roles.
 */
final class ApiTokenAuthentication extends AbstractAuthenticationToken {

	private final AccountPrincipal holder;

	private final long tokenId;

	ApiTokenAuthentication(AccountPrincipal holder, long tokenId) {
		super(holder.getAuthorities());
		this.holder = holder;
		this.tokenId = tokenId;
		setAuthenticated(true);
	}

	@Override
	public Object getCredentials() {
		return null;
	}

	@Override
	public Object getPrincipal() {
		return this.holder;
	}

	long getTokenId() {
		return this.tokenId;
	}

}
