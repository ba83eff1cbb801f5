package com.clinigrad.accounts;

import java.io.IOException;
import java.net.URI;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import java.util.List;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.client.oidc.web.logout.OidcClientInitiatedLogoutSuccessHandler;
import org.springframework.security.oauth2.client.web.HttpSessionOAuth2AuthorizedClientRepository;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.authentication.session.ChangeSessionIdAuthenticationStrategy;
import org.springframework.security.web.authentication.session.CompositeSessionAuthenticationStrategy;
import org.springframework.security.web.context.DelegatingSecurityContextRepository;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.csrf.CsrfAuthenticationStrategy;
import org.springframework.security.web.csrf.HttpSessionCsrfTokenRepository;
import org.springframework.security.web.authentication.logout.LogoutFilter;
import org.springframework.security.web.authentication.logout.LogoutSuccessHandler;
import org.springframework.security.web.authentication.logout.SimpleUrlLogoutSuccessHandler;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;

/**
 * The university's single sign-on as configured ({@link SingleSignOnProperties}): what
 * the login page offers, the login filters added to the pages' security, where a refused
 * login goes and the single logout at the university's server.
 */
public class SingleSignOn {

	/**
	 * Where the login page's "university account" link for OIDC points.
	 */
	public static final String OIDC_LOGIN = "/oauth2/authorization/" + OidcClientRegistrations.REGISTRATION_ID;

	/**
	 * Where the login page's "university account" link for CAS points.
	 */
	public static final String CAS_LOGIN = CasLoginFilter.PATH;

	/**
	 * The page an identity without a Clinigrad account is shown.
	 */
	public static final String UNKNOWN_IDENTITY = "/login/unknown-identity";

	private final SingleSignOnProperties properties;

	private final SingleSignOnAccounts accounts;

	private final LoginJournal journal;

	private final ApplicationEventPublisher events;

	private final OidcClientRegistrations oidcRegistrations;

	private final CasLoginFilter casLogin;

	private final CasSingleLogout casLogout;

	private final OidcSingleLogout oidcLogout;

	SingleSignOn(SingleSignOnProperties properties, SingleSignOnAccounts accounts, LoginJournal journal,
			ApplicationEventPublisher events, JdbcClient jdbc,
			FindByIndexNameSessionRepository<? extends Session> sessions) {
		this.properties = properties;
		this.accounts = accounts;
		this.journal = journal;
		this.events = events;
		if (properties.oidc().enabled()
				&& (blank(properties.oidc().issuerUri()) || blank(properties.oidc().clientId()))) {
			throw new IllegalStateException(
					"clinigrad.sso.oidc.enabled needs clinigrad.sso.oidc.issuer-uri and clinigrad.sso.oidc.client-id");
		}
		if (properties.cas().enabled() && blank(properties.cas().serverUrl())) {
			throw new IllegalStateException("clinigrad.sso.cas.enabled needs clinigrad.sso.cas.server-url");
		}
		this.oidcRegistrations = properties.oidc().enabled() ? new OidcClientRegistrations(properties.oidc()) : null;
		this.oidcLogout = properties.oidc().enabled() ? new OidcSingleLogout(jdbc, sessions, journal) : null;
		this.casLogout = properties.cas().enabled()
				? new CasSingleLogout(jdbc, sessions, journal, properties.cas().logoutFrom()) : null;
		this.casLogin = properties.cas().enabled() ? casLoginFilter(properties.cas()) : null;
	}

	private CasLoginFilter casLoginFilter(SingleSignOnProperties.Cas cas) {
		CasLoginFilter filter = new CasLoginFilter(new ProviderManager(
				new CasTicketAuthenticationProvider(cas.serverUrl(), this.accounts, cas.attribute(), cas.matchBy())),
				cas.serverUrl(), cas.serviceUrl());
		// as the form login does: the context kept in the session, a new session id and a
		// new CSRF token at login, the login journaled
		filter.setSecurityContextRepository(new DelegatingSecurityContextRepository(
				new RequestAttributeSecurityContextRepository(), new HttpSessionSecurityContextRepository()));
		filter.setSessionAuthenticationStrategy(
				new CompositeSessionAuthenticationStrategy(List.of(new ChangeSessionIdAuthenticationStrategy(),
						new CsrfAuthenticationStrategy(new HttpSessionCsrfTokenRepository()))));
		AuthenticationSuccessHandler asked = AskedPage.afterLogin();
		// the session has its new id by now: the CAS server's logout request for this
		// ticket ends that session
		filter.setAuthenticationSuccessHandler((request, response, authentication) -> {
			HttpSession session = request.getSession(false);
			if (session != null && authentication.getPrincipal() instanceof CasAccountPrincipal principal) {
				this.casLogout.loggedIn(principal.getTicket(), session.getId(), principal.getUsername());
			}
			asked.onAuthenticationSuccess(request, response, authentication);
		});
		filter.setAuthenticationFailureHandler(new RefusedLogin("cas"));
		filter.setApplicationEventPublisher(this.events);
		return filter;
	}

	/**
	 * @return whether the login page offers the university account by OIDC
	 */
	public boolean isOidcEnabled() {
		return this.properties.oidc().enabled();
	}

	/**
	 * @return whether the login page offers the university account by CAS
	 */
	public boolean isCasEnabled() {
		return this.properties.cas().enabled();
	}

	/**
	 * Adds the switched-on logins to the pages' security.
	 */
	void configure(HttpSecurity http) throws Exception {
		if (isOidcEnabled()) {
			SingleSignOnProperties.Oidc oidc = this.properties.oidc();
			http.oauth2Login((login) -> login.loginPage("/login")
				.clientRegistrationRepository(this.oidcRegistrations)
				// the client's tokens live in the session, in the database: any node goes
				// on
				.authorizedClientRepository(new HttpSessionOAuth2AuthorizedClientRepository())
				.userInfoEndpoint((userInfo) -> userInfo
					.oidcUserService(new AccountOidcUserService(this.accounts, oidc.claim(), oidc.matchBy())))
				.successHandler(AskedPage.afterLogin())
				.failureHandler(new RefusedLogin("oidc"))
				// which sessions each login opened, in the database: the provider's
				// logout
				// token ends them on any node
				.oidcSessionRegistry(this.oidcLogout));
			// the provider's back-channel logout:
			// POST /logout/connect/back-channel/university
			http.oidcLogout(
					(logout) -> logout.backChannel((backChannel) -> backChannel.logoutHandler(this.oidcLogout)));
		}
		if (this.casLogin != null) {
			http.addFilterBefore(this.casLogin, UsernamePasswordAuthenticationFilter.class);
			// the CAS server's back-channel logout request carries no CSRF token
			http.csrf((csrf) -> csrf.ignoringRequestMatchers(CasSingleLogout.LOGOUT_REQUEST));
			http.addFilterBefore(this.casLogout, LogoutFilter.class);
		}
	}

	/**
	 * @return after the local logout: the provider's end-session endpoint for a person
	 * who came by OIDC (RP-initiated logout), else the login page
	 */
	LogoutSuccessHandler logoutSuccessHandler() {
		SimpleUrlLogoutSuccessHandler local = new SimpleUrlLogoutSuccessHandler();
		local.setDefaultTargetUrl("/login?logout");
		OidcClientInitiatedLogoutSuccessHandler oidc = null;
		if (isOidcEnabled()) {
			oidc = new OidcClientInitiatedLogoutSuccessHandler(this.oidcRegistrations);
			oidc.setPostLogoutRedirectUri("{baseUrl}/login?logout");
			oidc.setDefaultTargetUrl("/login?logout");
		}
		OidcClientInitiatedLogoutSuccessHandler byOidc = oidc;
		return (request, response, authentication) -> {
			if (byOidc != null && authentication != null
					&& authentication.getPrincipal() instanceof OidcAccountPrincipal) {
				byOidc.onLogoutSuccess(request, response, authentication);
				return;
			}
			if (this.casLogin != null && authentication != null
					&& authentication.getPrincipal() instanceof CasAccountPrincipal) {
				response.sendRedirect(this.casLogin.logoutUrl(request));
				return;
			}
			local.onLogoutSuccess(request, response, authentication);
		};
	}

	/**
	 * @param policy the pages' Content-Security-Policy
	 * @return the policy with the university's login servers allowed as the target of a
	 * form's redirect (the logout form ends at the provider's end-session page)
	 */
	String pagePolicy(String policy) {
		StringBuilder origins = new StringBuilder();
		if (isOidcEnabled()) {
			origins.append(' ').append(origin(this.properties.oidc().issuerUri()));
		}
		if (this.casLogin != null) {
			origins.append(' ').append(origin(this.casLogin.serverUrl()));
		}
		return origins.isEmpty() ? policy : policy.replace("form-action 'self'", "form-action 'self'" + origins);
	}

	private static boolean blank(String value) {
		return value == null || value.isBlank();
	}

	private static String origin(String url) {
		URI uri = URI.create(url);
		return uri.getScheme() + "://" + uri.getRawAuthority();
	}

	/**
	 * A login the university's server or Clinigrad refused: an unknown identity to the
	 * page that says so, anything else (a token for another client, an expired one, a
	 * forged ticket) back to the login page; journaled either way.
	 */
	private final class RefusedLogin extends SimpleUrlAuthenticationFailureHandler {

		private final String protocol;

		RefusedLogin(String protocol) {
			super("/login?ssoError");
			this.protocol = protocol;
		}

		@Override
		public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
				AuthenticationException exception) throws IOException, ServletException {
			if (exception instanceof SingleSignOnRefusedException refused) {
				String identity = refused.getIdentity();
				SingleSignOn.this.journal.singleSignOnRefused(
						(identity != null && !identity.isBlank()) ? this.protocol + ":" + identity : this.protocol);
				getRedirectStrategy().sendRedirect(request, response,
						refused.isUnknown() ? UNKNOWN_IDENTITY : "/login?ssoDisabled");
				return;
			}
			SingleSignOn.this.journal.singleSignOnRefused(this.protocol);
			super.onAuthenticationFailure(request, response, exception);
		}

	}

}
