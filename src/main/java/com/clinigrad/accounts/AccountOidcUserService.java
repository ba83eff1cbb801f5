package com.clinigrad.accounts;

import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/**
 * Turns the ID token the provider issued (its signature, issuer, audience and expiry
 * already checked by Spring Security) into the Clinigrad account its configured claim
 * names, with that account's roles only.
 */
final class AccountOidcUserService implements OAuth2UserService<OidcUserRequest, OidcUser> {

	private final SingleSignOnAccounts accounts;

	private final String claim;

	private final SingleSignOnMatch matchBy;

	AccountOidcUserService(SingleSignOnAccounts accounts, String claim, SingleSignOnMatch matchBy) {
		this.accounts = accounts;
		this.claim = claim;
		this.matchBy = matchBy;
	}

	@Override
	public OidcUser loadUser(OidcUserRequest request) {
		OidcIdToken idToken = request.getIdToken();
		Object value = idToken.getClaims().get(this.claim);
		String identity = (value != null) ? value.toString() : null;
		AccountPrincipal account = this.accounts.find(this.matchBy, identity)
			.orElseThrow(() -> SingleSignOnRefusedException.unknown(identity));
		if (!account.isEnabled()) {
			throw SingleSignOnRefusedException.disabled(identity);
		}
		return new OidcAccountPrincipal(account, idToken);
	}

}
