package com.clinigrad.accounts;

import java.util.Map;

import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.OidcUserInfo;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/**
 * A Clinigrad account logged in through the university's OIDC provider: the account's
 * roles and scope only (none of the provider's), and the ID token kept for the single
 * logout at the provider. No password change is asked of it: the person does not use the
 * local password.
 */
final class OidcAccountPrincipal extends AccountPrincipal implements OidcUser {

	private static final long serialVersionUID = 1L;

	private final OidcIdToken idToken;

	OidcAccountPrincipal(AccountPrincipal account, OidcIdToken idToken) {
		super(account);
		this.idToken = idToken;
	}

	@Override
	public Map<String, Object> getClaims() {
		return this.idToken.getClaims();
	}

	@Override
	public OidcUserInfo getUserInfo() {
		return null;
	}

	@Override
	public OidcIdToken getIdToken() {
		return this.idToken;
	}

	@Override
	public Map<String, Object> getAttributes() {
		return this.idToken.getClaims();
	}

	@Override
	public String getName() {
		return getUsername();
	}

}
