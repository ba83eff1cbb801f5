package com.clinigrad.accounts.sso;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.boot.web.servlet.DelegatingFilterProxyRegistrationBean;
import org.springframework.boot.web.servlet.ServletRegistrationBean;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.oidc.OidcScopes;
import org.springframework.security.oauth2.core.oidc.endpoint.OidcParameterNames;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;
import org.springframework.security.oauth2.server.authorization.client.InMemoryRegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.config.annotation.web.configuration.OAuth2AuthorizationServerConfiguration;
import org.springframework.security.oauth2.server.authorization.settings.AuthorizationServerSettings;
import org.springframework.security.oauth2.server.authorization.settings.ClientSettings;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.util.matcher.MediaTypeRequestMatcher;
import org.springframework.web.context.WebApplicationContext;
import org.springframework.web.servlet.DispatcherServlet;

/**
 * A university's OIDC provider as the tests start it: Spring Authorization Server on a
 * free port, a login form, one registered client and the people the test adds. The ID
 * tokens it issues can be made wrong on purpose (another audience, already expired).
 */
final class IdentityProvider implements AutoCloseable {

	static final String CLIENT_ID = "clinigrad";

	static final String CLIENT_SECRET = "clinigrad-secret";

	static final String PASSWORD = "Uni-Pass-2026";

	/**
	 * What the next ID tokens look like.
	 */
	enum Tokens {

		RIGHT, OTHER_AUDIENCE, EXPIRED

	}

	private final ConfigurableApplicationContext context;

	private IdentityProvider(ConfigurableApplicationContext context) {
		this.context = context;
	}

	static IdentityProvider start() {
		return new IdentityProvider(new SpringApplicationBuilder(Server.class).web(WebApplicationType.SERVLET)
			.run("--clinigrad.test-db.enabled=false", "--spring.main.banner-mode=off"));
	}

	String issuer() {
		return "http://localhost:" + ((WebServerApplicationContext) this.context).getWebServer().getPort();
	}

	/**
	 * Registers Clinigrad, reached at the given base address, as the client.
	 */
	void registerClient(String clinigradBaseUrl) {
		this.context.getBean(InMemoryRegisteredClientRepository.class)
			.save(RegisteredClient.withId(UUID.randomUUID().toString())
				.clientId(CLIENT_ID)
				.clientSecret("{noop}" + CLIENT_SECRET)
				.clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
				.authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
				.redirectUri(clinigradBaseUrl + "/login/oauth2/code/university")
				.postLogoutRedirectUri(clinigradBaseUrl + "/login?logout")
				.scope(OidcScopes.OPENID)
				.clientSettings(ClientSettings.builder().requireAuthorizationConsent(false).build())
				.build());
	}

	/**
	 * Adds a person who logs in with {@link #PASSWORD} and whose ID tokens carry the
	 * staff number.
	 */
	void addPerson(String username, String staffNo) {
		this.context.getBean(InMemoryUserDetailsManager.class)
			.createUser(User.withUsername(username).password("{noop}" + PASSWORD).roles("USER").build());
		this.context.getBean(Server.class).staffNumbers.put(username, staffNo);
	}

	void issue(Tokens tokens) {
		this.context.getBean(Server.class).tokens = tokens;
	}

	/**
	 * @return the provider's session ({@code sid}) of the last ID token issued to the
	 * person
	 */
	String lastSessionOf(String person) {
		return this.context.getBean(Server.class).sessions.get(person);
	}

	/**
	 * A back-channel logout token (OIDC Back-Channel Logout 1.0) signed with the
	 * provider's key, or with a key of nobody's when {@code forged}.
	 * @param sid the provider's session ended, or {@code null} for all the person's
	 */
	String logoutToken(String person, String sid, String audience, boolean forged) throws Exception {
		JWKSource<SecurityContext> keys = forged ? Server.newKeys() : this.context.getBean(JWKSource.class);
		JwtClaimsSet.Builder claims = JwtClaimsSet.builder()
			.issuer(issuer())
			.subject(person)
			.audience(List.of(audience))
			.issuedAt(Instant.now())
			.expiresAt(Instant.now().plus(Duration.ofMinutes(2)))
			.id(UUID.randomUUID().toString())
			.claim("events", Map.of("http://schemas.openid.net/event/backchannel-logout", Map.of()));
		if (sid != null) {
			claims.claim("sid", sid);
		}
		return new NimbusJwtEncoder(keys)
			.encode(JwtEncoderParameters.from(JwsHeader.with(SignatureAlgorithm.RS256).type("logout+jwt").build(),
					claims.build()))
			.getTokenValue();
	}

	/**
	 * Posts a logout token to the client's back-channel logout endpoint, as the provider
	 * does when the person logs out there.
	 * @return the client's answer status
	 */
	int sendLogoutToken(String clinigradBaseUrl, String token) throws Exception {
		HttpRequest request = HttpRequest
			.newBuilder(URI.create(clinigradBaseUrl + "/logout/connect/back-channel/university"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString("logout_token=" + token))
			.build();
		return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
	}

	@Override
	public void close() {
		this.context.close();
	}

	/**
	 * The provider's beans; no auto-configuration, nothing of Clinigrad.
	 */
	@EnableWebSecurity
	static class Server {

		final Map<String, String> staffNumbers = new ConcurrentHashMap<>();

		final Map<String, String> sessions = new ConcurrentHashMap<>();

		volatile Tokens tokens = Tokens.RIGHT;

		@Bean
		TomcatServletWebServerFactory webServer() {
			return new TomcatServletWebServerFactory(0);
		}

		@Bean
		ServletRegistrationBean<DispatcherServlet> dispatcherServlet(WebApplicationContext context) {
			return new ServletRegistrationBean<>(new DispatcherServlet(context), "/");
		}

		@Bean
		DelegatingFilterProxyRegistrationBean securityFilter() {
			return new DelegatingFilterProxyRegistrationBean("springSecurityFilterChain");
		}

		@Bean
		@Order(1)
		SecurityFilterChain authorizationServer(HttpSecurity http) throws Exception {
			http.oauth2AuthorizationServer((server) -> {
				http.securityMatcher(server.getEndpointsMatcher());
				server.oidc(Customizer.withDefaults());
			})
				.authorizeHttpRequests((requests) -> requests.anyRequest().authenticated())
				.oauth2ResourceServer((resource) -> resource.jwt(Customizer.withDefaults()))
				.exceptionHandling((exceptions) -> exceptions.defaultAuthenticationEntryPointFor(
						new LoginUrlAuthenticationEntryPoint("/login"),
						new MediaTypeRequestMatcher(MediaType.TEXT_HTML)));
			return http.build();
		}

		@Bean
		@Order(2)
		SecurityFilterChain loginForm(HttpSecurity http) throws Exception {
			http.authorizeHttpRequests((requests) -> requests.anyRequest().authenticated())
				.formLogin(Customizer.withDefaults());
			return http.build();
		}

		@Bean
		InMemoryRegisteredClientRepository registeredClients() {
			// Clinigrad is registered once its address is known; the repository wants one
			// client from the start: the university's monitoring
			return new InMemoryRegisteredClientRepository(RegisteredClient.withId("monitoring")
				.clientId("monitoring")
				.clientSecret("{noop}monitoring-secret")
				.authorizationGrantType(AuthorizationGrantType.CLIENT_CREDENTIALS)
				.build());
		}

		@Bean
		InMemoryUserDetailsManager people() {
			return new InMemoryUserDetailsManager();
		}

		@Bean
		JWKSource<SecurityContext> keys() throws Exception {
			return newKeys();
		}

		static JWKSource<SecurityContext> newKeys() throws Exception {
			KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
			generator.initialize(2048);
			KeyPair pair = generator.generateKeyPair();
			RSAKey key = new RSAKey.Builder((RSAPublicKey) pair.getPublic())
				.privateKey((RSAPrivateKey) pair.getPrivate())
				.keyID(UUID.randomUUID().toString())
				.build();
			return new ImmutableJWKSet<>(new JWKSet(key));
		}

		@Bean
		JwtDecoder jwtDecoder(JWKSource<SecurityContext> keys) {
			return OAuth2AuthorizationServerConfiguration.jwtDecoder(keys);
		}

		@Bean
		AuthorizationServerSettings authorizationServerSettings() {
			return AuthorizationServerSettings.builder().build();
		}

		@Bean
		OAuth2TokenCustomizer<JwtEncodingContext> idTokens() {
			return (context) -> {
				if (!OidcParameterNames.ID_TOKEN.equals(context.getTokenType().getValue())) {
					return;
				}
				context.getClaims().claims((claims) -> {
					Object sid = claims.get("sid");
					if (sid != null) {
						this.sessions.put(context.getPrincipal().getName(), sid.toString());
					}
				});
				String staffNo = this.staffNumbers.get(context.getPrincipal().getName());
				if (staffNo != null) {
					context.getClaims().claim("staff_no", staffNo);
				}
				switch (this.tokens) {
					case OTHER_AUDIENCE -> context.getClaims().audience(List.of("another-application"));
					case EXPIRED -> {
						Instant past = Instant.now().minus(Duration.ofHours(2));
						context.getClaims().issuedAt(past).expiresAt(past.plus(Duration.ofMinutes(10)));
					}
					case RIGHT -> {
					}
				}
			};
		}

	}

}
