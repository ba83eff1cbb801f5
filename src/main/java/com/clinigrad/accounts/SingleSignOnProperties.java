package com.clinigrad.accounts;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The university's central login ({@code clinigrad.sso.*}, README "Single sign-on"): OIDC
 * and CAS, each off unless switched on, beside the local accounts. The identity the
 * university's server vouches for is matched to an existing Clinigrad account by one
 * claim or attribute; nobody unknown gets in and no account is ever created by a login.
 *
 * @param oidc login through an OpenID Connect provider
 * @param cas login through a CAS server (protocol 3.0)
 */
@ConfigurationProperties("clinigrad.sso")
record SingleSignOnProperties(@DefaultValue Oidc oidc, @DefaultValue Cas cas) {

	/**
	 * @param enabled whether the login page offers the university account
	 * @param issuerUri the provider's issuer; its discovery document
	 * ({@code /.well-known/openid-configuration}) names the endpoints, read at the first
	 * login (the application starts while the provider is down)
	 * @param clientId the client Clinigrad is registered as at the provider
	 * @param clientSecret its secret (sent by HTTP Basic to the token endpoint)
	 * @param scopes the scopes asked for; {@code openid} at least
	 * @param claim the ID token claim that names the person
	 * @param matchBy which field of the account that claim is compared with
	 */
	record Oidc(@DefaultValue("false") boolean enabled, String issuerUri, String clientId, String clientSecret,
			@DefaultValue("openid") List<String> scopes, @DefaultValue("preferred_username") String claim,
			@DefaultValue("USERNAME") SingleSignOnMatch matchBy) {
	}

	/**
	 * @param enabled whether the login page offers the university account
	 * @param serverUrl the CAS server's base address, e.g.
	 * {@code https://cas.example.edu/cas}
	 * @param serviceUrl this application's public base address as the CAS server knows
	 * it, e.g. {@code https://clinigrad.example.edu} (the service is
	 * {@code <serviceUrl>/login/cas})
	 * @param attribute the attribute of the validation answer that names the person;
	 * blank for the CAS user name itself
	 * @param matchBy which field of the account that value is compared with
	 * @param logoutFrom the addresses (or CIDR ranges, e.g. {@code 10.8.0.0/16}) the CAS
	 * server's logout requests may come from; empty for any (a logout request only ends
	 * the session of a ticket it names)
	 */
	record Cas(@DefaultValue("false") boolean enabled, String serverUrl, String serviceUrl, String attribute,
			@DefaultValue("USERNAME") SingleSignOnMatch matchBy, @DefaultValue List<String> logoutFrom) {
	}

}
