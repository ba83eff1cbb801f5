package com.clinigrad.accounts;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.ClientRegistrations;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;

/**
 * The one OIDC client registration ({@value #REGISTRATION_ID}), built from the provider's
 * discovery document the first time a login needs it, so that the application starts
 * while the provider is unreachable; a failed discovery is tried again at the next login.
 */
final class OidcClientRegistrations implements ClientRegistrationRepository {

	static final String REGISTRATION_ID = "university";

	private static final Log logger = LogFactory.getLog(OidcClientRegistrations.class);

	private final SingleSignOnProperties.Oidc oidc;

	private volatile ClientRegistration registration;

	OidcClientRegistrations(SingleSignOnProperties.Oidc oidc) {
		this.oidc = oidc;
	}

	@Override
	public ClientRegistration findByRegistrationId(String registrationId) {
		if (!REGISTRATION_ID.equals(registrationId)) {
			return null;
		}
		ClientRegistration found = this.registration;
		if (found == null) {
			synchronized (this) {
				found = this.registration;
				if (found == null) {
					found = discover();
					this.registration = found;
				}
			}
		}
		return found;
	}

	private ClientRegistration discover() {
		try {
			return ClientRegistrations.fromIssuerLocation(this.oidc.issuerUri())
				.registrationId(REGISTRATION_ID)
				.clientId(this.oidc.clientId())
				.clientSecret(this.oidc.clientSecret())
				.clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
				.scope(this.oidc.scopes())
				.redirectUri("{baseUrl}/login/oauth2/code/{registrationId}")
				.userNameAttributeName(this.oidc.claim())
				.build();
		}
		catch (RuntimeException ex) {
			logger.warn("The OIDC provider " + this.oidc.issuerUri() + " did not answer its discovery: " + ex);
			throw ex;
		}
	}

}
