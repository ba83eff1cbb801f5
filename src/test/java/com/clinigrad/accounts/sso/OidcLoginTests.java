package com.clinigrad.accounts.sso;

import java.net.URI;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import com.clinigrad.ClinigradApplication;
import com.clinigrad.accounts.Role;
import com.clinigrad.support.Fixtures;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The university's OIDC login against a real provider (Spring Authorization Server) the
 * test starts: the whole authorization-code flow over HTTP, the person matched to their
 * Clinigrad account by the staff number claim, with that account's roles only; an unknown
 * person, a token for another client and an expired token refused; the logout ending at
 * the provider.
 */
class OidcLoginTests {

	private static IdentityProvider provider;

	private static ConfigurableApplicationContext clinigrad;

	private static ConfigurableApplicationContext secondNode;

	private static String base;

	private static String secondBase;

	private static Fixtures fixtures;

	private static JdbcClient jdbc;

	@BeforeAll
	static void startProviderAndClinigrad() {
		provider = IdentityProvider.start();
		clinigrad = new SpringApplicationBuilder(ClinigradApplication.class).run("--server.port=0",
				"--spring.main.banner-mode=off", "--clinigrad.node-name=oidc-node", "--clinigrad.sso.oidc.enabled=true",
				"--clinigrad.sso.oidc.issuer-uri=" + provider.issuer(),
				"--clinigrad.sso.oidc.client-id=" + IdentityProvider.CLIENT_ID,
				"--clinigrad.sso.oidc.client-secret=" + IdentityProvider.CLIENT_SECRET,
				"--clinigrad.sso.oidc.claim=staff_no", "--clinigrad.sso.oidc.match-by=STAFF_OR_STUDENT_NO");
		// an IP address, not "localhost": the provider refuses redirects to localhost
		base = "http://127.0.0.1:" + ((WebServerApplicationContext) clinigrad).getWebServer().getPort();
		provider.registerClient(base);
		// a second node on the same database, as behind the load balancer
		secondNode = new SpringApplicationBuilder(ClinigradApplication.class).run("--server.port=0",
				"--spring.main.banner-mode=off", "--clinigrad.node-name=oidc-node-b",
				"--clinigrad.sso.oidc.enabled=true", "--clinigrad.sso.oidc.issuer-uri=" + provider.issuer(),
				"--clinigrad.sso.oidc.client-id=" + IdentityProvider.CLIENT_ID,
				"--clinigrad.sso.oidc.client-secret=" + IdentityProvider.CLIENT_SECRET,
				"--clinigrad.sso.oidc.claim=staff_no", "--clinigrad.sso.oidc.match-by=STAFF_OR_STUDENT_NO");
		secondBase = "http://127.0.0.1:" + ((WebServerApplicationContext) secondNode).getWebServer().getPort();
		fixtures = Fixtures.in(clinigrad);
		jdbc = clinigrad.getBean(JdbcClient.class);
	}

	@AfterAll
	static void stopThem() {
		if (secondNode != null) {
			secondNode.close();
		}
		if (clinigrad != null) {
			clinigrad.close();
		}
		if (provider != null) {
			provider.close();
		}
	}

	@AfterEach
	void rightTokensAgain() {
		provider.issue(IdentityProvider.Tokens.RIGHT);
	}

	@Test
	void theLoginPageOffersTheUniversityAccountBesideTheForm() throws Exception {
		String page = new WebClient().get(base + "/login").body();
		assertThat(page).contains("id=\"login-form\"").contains("id=\"login-oidc\"");
		assertThat(page).contains("href=\"/oauth2/authorization/university\"");
	}

	@Test
	void aPersonIsMatchedByStaffNumberAndGetsOnlyTheirAccountsRoles() throws Exception {
		String staffNo = fixtures.supervisor(fixtures.hospital());
		String username = fixtures.account(Set.of(Role.GRAD_SCHOOL), null, null, staffNo, null);
		provider.addPerson("p" + staffNo, staffNo);

		WebClient browser = new WebClient();
		HttpResponse<String> landed = signIn(browser, "p" + staffNo);
		assertThat(landed.statusCode()).isEqualTo(200);
		assertThat(landed.uri().toString()).isEqualTo(base + "/");
		assertThat(browser.visited.stream().map(URI::getPath).toList())
			.as("through the provider's authorization endpoint and back")
			.contains("/oauth2/authorize", "/login/oauth2/code/university");

		HttpResponse<String> students = browser.get(base + "/students");
		assertThat(students.statusCode()).isEqualTo(200);
		assertThat(students.body()).contains("id=\"student-table\"");
		assertThat(browser.getOnce(base + "/admin/accounts").statusCode()).as("an administrator's page: refused")
			.isEqualTo(403);

		Map<String, ? extends Session> sessions = clinigrad.getBean(FindByIndexNameSessionRepository.class)
			.findByPrincipalName(username);
		assertThat(sessions).hasSize(1);
		SecurityContext context = sessions.values().iterator().next().getAttribute("SPRING_SECURITY_CONTEXT");
		assertThat(context.getAuthentication().getName()).isEqualTo(username);
		Set<String> authorities = context.getAuthentication()
			.getAuthorities()
			.stream()
			.map(GrantedAuthority::getAuthority)
			.collect(Collectors.toSet());
		assertThat(authorities).as("the account's role, nothing the provider grants")
			.contains(Role.GRAD_SCHOOL.authority())
			.noneMatch((authority) -> authority.startsWith("ROLE_") && !authority.equals(Role.GRAD_SCHOOL.authority()))
			.noneMatch((authority) -> authority.startsWith("SCOPE_") || authority.startsWith("OIDC_"));
		assertThat(journal("LOGIN", username)).isEqualTo(1);
	}

	@Test
	void anUnknownIdentityIsToldSoAndNoAccountIsCreated() throws Exception {
		String staffNo = fixtures.unique("X");
		provider.addPerson("p" + staffNo, staffNo);
		long accounts = jdbc.sql("select count(*) from user_account").query(Long.class).single();

		WebClient browser = new WebClient();
		HttpResponse<String> landed = signIn(browser, "p" + staffNo);
		assertThat(landed.statusCode()).isEqualTo(200);
		assertThat(landed.uri().getPath()).isEqualTo("/login/unknown-identity");
		assertThat(landed.body()).contains("id=\"unknown-identity\"").contains("研究生院办公室");
		assertThat(jdbc.sql("select count(*) from user_account").query(Long.class).single()).isEqualTo(accounts);
		assertThat(browser.getOnce(base + "/students").statusCode()).as("not logged in").isEqualTo(302);
		assertThat(journal("LOGIN_FAILED", "oidc:" + staffNo)).isEqualTo(1);
	}

	@Test
	void anIdTokenForAnotherAudienceIsRefused() throws Exception {
		assertRefused(IdentityProvider.Tokens.OTHER_AUDIENCE);
	}

	@Test
	void anExpiredIdTokenIsRefused() throws Exception {
		assertRefused(IdentityProvider.Tokens.EXPIRED);
	}

	@Test
	void loggingOutEndsTheSessionHereAndAtTheProvider() throws Exception {
		String hospital = fixtures.hospital();
		String staffNo = fixtures.supervisor(hospital);
		String username = fixtures.account(Set.of(Role.HOSPITAL_OFFICE), hospital, null, staffNo, null);
		provider.addPerson("p" + staffNo, staffNo);
		WebClient browser = new WebClient();
		assertThat(signIn(browser, "p" + staffNo).uri().toString()).isEqualTo(base + "/");

		String home = browser.get(base + "/").body();
		HttpResponse<String> logout = browser.postOnce(base + "/logout", Map.of("_csrf", WebClient.csrf(home)));
		assertThat(logout.statusCode()).isEqualTo(302);
		String endSession = logout.headers().firstValue("Location").orElseThrow();
		assertThat(endSession).startsWith(provider.issuer() + "/connect/logout?")
			.contains("id_token_hint=")
			.contains("post_logout_redirect_uri=");
		HttpResponse<String> back = browser.follow(logout);
		assertThat(back.uri().toString()).as("the provider sends the person back").isEqualTo(base + "/login?logout");
		assertThat(browser.getOnce(base + "/students").statusCode()).isEqualTo(302);
		assertThat(journal("LOGOUT", username)).isEqualTo(1);
	}

	@Test
	void theProvidersLogoutTokenEndsTheSessionsItNamesOnAnyNode() throws Exception {
		String staffNo = fixtures.supervisor(fixtures.hospital());
		String username = fixtures.account(Set.of(Role.GRAD_SCHOOL), null, null, staffNo, null);
		String person = "p" + staffNo;
		provider.addPerson(person, staffNo);
		WebClient browser = new WebClient();
		assertThat(signIn(browser, person).uri().toString()).isEqualTo(base + "/");
		String sid = provider.lastSessionOf(person);
		assertThat(sid).as("the provider names its session in the ID token").isNotNull();
		assertThat(jdbc
			.sql("select count(*) from oidc_login_session o join spring_session s on s.session_id = o.session_id "
					+ "where o.sid = :sid and o.username = :username")
			.param("sid", sid)
			.param("username", username)
			.query(Long.class)
			.single()).as("the provider's session names this session under the id it got at the login").isEqualTo(1);
		WebClient otherComputer = new WebClient();
		assertThat(signIn(otherComputer, person).uri().toString()).isEqualTo(base + "/");
		assertThat(provider.lastSessionOf(person)).as("another provider session").isNotEqualTo(sid);

		// the provider's session of the first computer ended: the token lands on node B
		assertThat(provider.sendLogoutToken(secondBase,
				provider.logoutToken(person, sid, IdentityProvider.CLIENT_ID, false)))
			.isEqualTo(200);
		HttpResponse<String> refused = browser.getOnce(base + "/students");
		assertThat(refused.statusCode()).as("the session cookie no longer opens anything").isEqualTo(302);
		assertThat(refused.headers().firstValue("Location").orElseThrow()).endsWith("/login");
		assertThat(otherComputer.getOnce(base + "/students").statusCode()).as("the other provider session's lives")
			.isEqualTo(200);
		assertThat(jdbc
			.sql("select count(*) from login_event where kind = 'SINGLE_LOGOUT' and username = :u "
					+ "and actor = 'OIDC' and node = 'oidc-node-b'")
			.param("u", username)
			.query(Long.class)
			.single()).isEqualTo(1);

		// a token without sid: every session of the person at that provider
		assertThat(
				provider.sendLogoutToken(base, provider.logoutToken(person, null, IdentityProvider.CLIENT_ID, false)))
			.isEqualTo(200);
		assertThat(otherComputer.getOnce(base + "/students").statusCode()).isEqualTo(302);
		assertThat(journal("SINGLE_LOGOUT", username)).isEqualTo(2);
		assertThat(jdbc.sql("select count(*) from oidc_login_session where username = :u")
			.param("u", username)
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	void aForgedLogoutTokenOrOneForAnotherClientEndsNothing() throws Exception {
		String staffNo = fixtures.supervisor(fixtures.hospital());
		String username = fixtures.account(Set.of(Role.GRAD_SCHOOL), null, null, staffNo, null);
		String person = "p" + staffNo;
		provider.addPerson(person, staffNo);
		WebClient browser = new WebClient();
		assertThat(signIn(browser, person).uri().toString()).isEqualTo(base + "/");
		String sid = provider.lastSessionOf(person);

		assertThat(provider.sendLogoutToken(base, provider.logoutToken(person, sid, IdentityProvider.CLIENT_ID, true)))
			.as("signed with a key that is not the provider's")
			.isEqualTo(400);
		assertThat(provider.sendLogoutToken(base, provider.logoutToken(person, sid, "another-application", false)))
			.as("for another client")
			.isEqualTo(400);
		assertThat(browser.getOnce(base + "/students").statusCode()).as("the session lives").isEqualTo(200);
		assertThat(journal("SINGLE_LOGOUT", username)).isZero();
	}

	private void assertRefused(IdentityProvider.Tokens tokens) throws Exception {
		String staffNo = fixtures.supervisor(fixtures.hospital());
		String username = fixtures.account(Set.of(Role.GRAD_SCHOOL), null, null, staffNo, null);
		provider.addPerson("p" + staffNo, staffNo);
		provider.issue(tokens);

		WebClient browser = new WebClient();
		HttpResponse<String> landed = signIn(browser, "p" + staffNo);
		assertThat(landed.uri().toString()).isEqualTo(base + "/login?ssoError");
		assertThat(landed.body()).contains("id=\"login-sso-error\"");
		assertThat(browser.getOnce(base + "/students").statusCode()).as("not logged in").isEqualTo(302);
		assertThat(journal("LOGIN", username)).isZero();
	}

	/**
	 * The authorization-code flow as a browser runs it: Clinigrad's link to the provider,
	 * the provider's login form, and every redirect after it.
	 */
	private static HttpResponse<String> signIn(WebClient browser, String person) throws Exception {
		HttpResponse<String> form = browser.get(base + "/oauth2/authorization/university");
		assertThat(form.uri().toString()).as("the provider's login form").isEqualTo(provider.issuer() + "/login");
		return browser.post(provider.issuer() + "/login", Map.of("username", person, "password",
				IdentityProvider.PASSWORD, "_csrf", WebClient.csrf(form.body())));
	}

	private static long journal(String kind, String username) {
		return jdbc.sql("select count(*) from login_event where kind = :kind and username = :username")
			.param("kind", kind)
			.param("username", username)
			.query(Long.class)
			.single();
	}

}
