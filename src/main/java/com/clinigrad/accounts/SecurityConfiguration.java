package com.clinigrad.accounts;

import org.springframework.aop.Advisor;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.authorization.method.AuthorizationManagerBeforeMethodInterceptor;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.server.resource.web.authentication.BearerTokenAuthenticationFilter;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.AuthenticationEntryPointFailureHandler;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.authentication.www.BasicAuthenticationEntryPoint;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * Form login for pages; API tokens ({@code Authorization: Bearer}) and, slower since each
 * call checks the password hash, HTTP Basic for {@code /api/**}; CSRF on for pages, a new
 * session id at login, throttled failed logins, and a password someone else chose changed
 * before anything else ({@link PasswordChangeGate}). Roles are checked here for whole
 * areas and in each module's services for scope. Every answer carries a
 * Content-Security-Policy that allows scripts only from the application itself (no inline
 * script), and HSTS when the request came over HTTPS (directly or, with
 * {@code server.forward-headers-strategy}, through the TLS proxy). The university's
 * single sign-on, when switched on, is added beside the form login
 * ({@link SingleSignOn}).
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity(prePostEnabled = false)
class SecurityConfiguration {

	/**
	 * Method security for {@code @PreAuthorize}, the one method-security annotation the
	 * application uses (role checks): one advisor, where {@code @EnableMethodSecurity}'s
	 * defaults register one each for pre- and post-authorize, pre- and post-filter and
	 * authorized return objects, each matched against every method of every bean at
	 * start.
	 */
	@Bean
	@org.springframework.context.annotation.Role(BeanDefinition.ROLE_INFRASTRUCTURE)
	static Advisor preAuthorizeMethodSecurity() {
		return AuthorizationManagerBeforeMethodInterceptor.preAuthorize();
	}

	/**
	 * Pages: scripts, styles, fonts and images from the application only; inline style
	 * attributes allowed (layout widths), inline scripts and event handlers not.
	 */
	static final String PAGE_POLICY = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
			+ "img-src 'self' data:; font-src 'self' data:; connect-src 'self'; object-src 'none'; "
			+ "base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

	/**
	 * The API answers JSON and files: nothing in them may load or run anything.
	 */
	static final String API_POLICY = "default-src 'none'; frame-ancestors 'none'; sandbox";

	/**
	 * No observation (timer, span) around each security filter, authentication and
	 * authorization: on the audit API they cost more CPU than the token check itself.
	 * Requests stay observed as a whole ({@code http.server.requests}).
	 */
	@Bean
	SecurityObservationSettings securityObservationSettings() {
		return SecurityObservationSettings.noObservations();
	}

	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

	@Bean
	AuthenticationProvider authenticationProvider(AccountUserDetailsService userDetails, PasswordEncoder encoder,
			LoginThrottle throttle) {
		DaoAuthenticationProvider dao = new DaoAuthenticationProvider(userDetails);
		dao.setPasswordEncoder(encoder);
		return new ThrottledAuthenticationProvider(dao, throttle);
	}

	@Bean
	@Order(1)
	SecurityFilterChain apiSecurity(HttpSecurity http, MessageSource messages, JdbcClient jdbc) throws Exception {
		BasicAuthenticationEntryPoint entryPoint = new BasicAuthenticationEntryPoint();
		entryPoint.setRealmName("Clinigrad");
		entryPoint.afterPropertiesSet();
		http.securityMatcher("/api/**")
			.authorizeHttpRequests((requests) -> requests.anyRequest().authenticated())
			.addFilterBefore(apiTokens(messages, jdbc), BasicAuthenticationFilter.class)
			.httpBasic((basic) -> basic.authenticationEntryPoint(entryPoint))
			.csrf((csrf) -> csrf.disable())
			.headers((headers) -> securityHeaders(headers, API_POLICY))
			.sessionManagement((session) -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.exceptionHandling((exceptions) -> exceptions.authenticationEntryPoint(entryPoint))
			.addFilterAfter(PasswordChangeGate.forApi(messages), AuthorizationFilter.class);
		return http.build();
	}

	/**
	 * {@code Authorization: Bearer cg_…}: an API token, checked by its own authentication
	 * manager (a SHA-256 lookup, never the password encoder); the security context lives
	 * in the request only, no session. A token that does not open the API is answered 401
	 * {@code invalid_token} at once, without falling back to any other way in.
	 */
	private static BearerTokenAuthenticationFilter apiTokens(MessageSource messages, JdbcClient jdbc) {
		ApiTokenEntryPoint refused = new ApiTokenEntryPoint(messages);
		BearerTokenAuthenticationFilter filter = new BearerTokenAuthenticationFilter(
				new ProviderManager(new ApiTokenAuthenticationProvider(jdbc)));
		filter.setAuthenticationEntryPoint(refused);
		filter.setAuthenticationFailureHandler(new AuthenticationEntryPointFailureHandler(refused));
		filter.setSecurityContextRepository(new RequestAttributeSecurityContextRepository());
		return filter;
	}

	@Bean
	@Order(2)
	SecurityFilterChain pageSecurity(HttpSecurity http, MessageSource messages, SingleSignOn singleSignOn)
			throws Exception {
		SimpleUrlAuthenticationFailureHandler failure = new SimpleUrlAuthenticationFailureHandler("/login?error") {
			@Override
			public void onAuthenticationFailure(jakarta.servlet.http.HttpServletRequest request,
					jakarta.servlet.http.HttpServletResponse response,
					org.springframework.security.core.AuthenticationException exception)
					throws java.io.IOException, jakarta.servlet.ServletException {
				if (exception instanceof LockedException) {
					getRedirectStrategy().sendRedirect(request, response, "/login?locked");
					return;
				}
				super.onAuthenticationFailure(request, response, exception);
			}
		};
		http.authorizeHttpRequests((requests) -> requests
			.requestMatchers("/login", SingleSignOn.UNKNOWN_IDENTITY, "/webjars/**", "/static/**", "/favicon.ico",
					"/error", "/actuator/health", "/actuator/health/**", "/actuator/info", "/calendar/feed/*.ics",
					"/verify/*", "/rate/*")
			.permitAll()
			.requestMatchers("/admin/**")
			.hasRole(Role.ADMIN.name())
			.requestMatchers("/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html")
			.hasAnyRole(Role.GRAD_SCHOOL.name(), Role.ADMIN.name())
			.anyRequest()
			.authenticated())
			.requestCache((cache) -> cache.requestCache(AskedPage.cache()))
			.formLogin(
					(form) -> form.loginPage("/login").successHandler(AskedPage.afterLogin()).failureHandler(failure))
			.logout((logout) -> logout.logoutSuccessHandler(singleSignOn.logoutSuccessHandler()))
			.headers((headers) -> securityHeaders(headers, singleSignOn.pagePolicy(PAGE_POLICY)))
			.sessionManagement((session) -> session.sessionFixation((fixation) -> fixation.changeSessionId()))
			.addFilterAfter(PasswordChangeGate.forPages(messages), AuthorizationFilter.class);
		singleSignOn.configure(http);
		return http.build();
	}

	private static void securityHeaders(HeadersConfigurer<HttpSecurity> headers, String policy) {
		headers.contentSecurityPolicy((csp) -> csp.policyDirectives(policy))
			.httpStrictTransportSecurity((hsts) -> hsts.includeSubDomains(true).maxAgeInSeconds(31_536_000))
			.referrerPolicy((referrer) -> referrer.policy(ReferrerPolicy.SAME_ORIGIN));
	}

}
