package com.clinigrad.accounts.sso;

import java.net.http.HttpResponse;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import com.clinigrad.ClinigradApplication;
import com.clinigrad.accounts.Role;
import com.clinigrad.support.Fixtures;
import org.junit.jupiter.api.AfterAll;
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
 * The university's CAS login (protocol 3.0) against a CAS server the test starts: the
 * browser sent to the CAS server and back with a service ticket, the ticket validated at
 * {@code /p3/serviceValidate}, the person matched to their Clinigrad account by the
 * {@code staffNo} attribute with that account's roles only; a forged ticket, a ticket
 * used twice and an unknown person refused; the logout ending at the CAS server.
 */
class CasLoginTests {

	private static CasServer cas;

	private static ConfigurableApplicationContext clinigrad;

	private static ConfigurableApplicationContext secondNode;

	private static String base;

	private static String secondBase;

	private static Fixtures fixtures;

	private static JdbcClient jdbc;

	@BeforeAll
	static void startCasAndClinigrad() throws Exception {
		cas = CasServer.start();
		clinigrad = new SpringApplicationBuilder(ClinigradApplication.class).run("--server.port=0",
				"--spring.main.banner-mode=off", "--clinigrad.node-name=cas-node", "--clinigrad.sso.cas.enabled=true",
				"--clinigrad.sso.cas.server-url=" + cas.url(), "--clinigrad.sso.cas.attribute=staffNo",
				"--clinigrad.sso.cas.match-by=STAFF_OR_STUDENT_NO");
		base = "http://127.0.0.1:" + ((WebServerApplicationContext) clinigrad).getWebServer().getPort();
		// a second node on the same database, as behind the load balancer
		secondNode = new SpringApplicationBuilder(ClinigradApplication.class).run("--server.port=0",
				"--spring.main.banner-mode=off", "--clinigrad.node-name=cas-node-b", "--clinigrad.sso.cas.enabled=true",
				"--clinigrad.sso.cas.server-url=" + cas.url(), "--clinigrad.sso.cas.attribute=staffNo",
				"--clinigrad.sso.cas.match-by=STAFF_OR_STUDENT_NO");
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
		if (cas != null) {
			cas.close();
		}
	}

	@Test
	void theLoginPageOffersTheUniversityAccountByCasOnly() throws Exception {
		String page = new WebClient().get(base + "/login").body();
		assertThat(page).contains("id=\"login-form\"").contains("id=\"login-cas\"").contains("href=\"/login/cas\"");
		assertThat(page).as("OIDC is off unless switched on").doesNotContain("id=\"login-oidc\"");
	}

	@Test
	void aPersonIsMatchedByTheStaffNumberAttributeAndGetsOnlyTheirAccountsRoles() throws Exception {
		String staffNo = fixtures.supervisor(fixtures.hospital());
		String username = fixtures.account(Set.of(Role.GRAD_SCHOOL), null, null, staffNo, null);
		cas.addPerson("cas" + staffNo, staffNo);
		cas.logIn("cas" + staffNo);

		WebClient browser = new WebClient();
		HttpResponse<String> landed = browser.get(base + "/login/cas");
		assertThat(landed.statusCode()).isEqualTo(200);
		assertThat(landed.uri().toString()).isEqualTo(base + "/");
		assertThat(browser.visited).as("through the CAS server's login and back with a ticket")
			.anyMatch((uri) -> uri.getPath().endsWith("/cas/login"))
			.anyMatch((uri) -> uri.getPath().endsWith("/login/cas") && uri.getQuery() != null
					&& uri.getQuery().startsWith("ticket=ST-"));

		assertThat(browser.get(base + "/students").body()).contains("id=\"student-table\"");
		assertThat(browser.getOnce(base + "/admin/accounts").statusCode()).as("an administrator's page: refused")
			.isEqualTo(403);
		Map<String, ? extends Session> sessions = clinigrad.getBean(FindByIndexNameSessionRepository.class)
			.findByPrincipalName(username);
		assertThat(sessions).hasSize(1);
		SecurityContext context = sessions.values().iterator().next().getAttribute("SPRING_SECURITY_CONTEXT");
		Set<String> roles = context.getAuthentication()
			.getAuthorities()
			.stream()
			.map(GrantedAuthority::getAuthority)
			.filter((authority) -> authority.startsWith("ROLE_"))
			.collect(Collectors.toSet());
		assertThat(roles).containsExactly(Role.GRAD_SCHOOL.authority());
		assertThat(journal("LOGIN", username)).isEqualTo(1);
	}

	@Test
	void aForgedTicketIsRefusedByTheCasServer() throws Exception {
		WebClient browser = new WebClient();
		HttpResponse<String> landed = browser.get(base + "/login/cas?ticket=ST-forged-by-someone");
		assertThat(landed.uri().toString()).isEqualTo(base + "/login?ssoError");
		assertThat(landed.body()).contains("id=\"login-sso-error\"");
		assertThat(cas.validations).as("Clinigrad asked the CAS server").containsKey("ST-forged-by-someone");
		assertThat(browser.getOnce(base + "/students").statusCode()).as("not logged in").isEqualTo(302);
	}

	@Test
	void aTicketUsedTwiceIsRefusedTheSecondTime() throws Exception {
		String staffNo = fixtures.supervisor(fixtures.hospital());
		fixtures.account(Set.of(Role.GRAD_SCHOOL), null, null, staffNo, null);
		cas.addPerson("cas" + staffNo, staffNo);
		cas.logIn("cas" + staffNo);
		WebClient first = new WebClient();
		String toCas = first.getOnce(base + "/login/cas").headers().firstValue("Location").orElseThrow();
		String withTicket = first.getOnce(toCas).headers().firstValue("Location").orElseThrow();
		assertThat(first.get(withTicket).uri().toString()).isEqualTo(base + "/");

		WebClient second = new WebClient();
		assertThat(second.get(withTicket).uri().toString()).isEqualTo(base + "/login?ssoError");
		assertThat(second.getOnce(base + "/students").statusCode()).isEqualTo(302);
	}

	@Test
	void anUnknownIdentityIsToldSoAndNoAccountIsCreated() throws Exception {
		String staffNo = fixtures.unique("X");
		cas.addPerson("cas" + staffNo, staffNo);
		cas.logIn("cas" + staffNo);
		long accounts = jdbc.sql("select count(*) from user_account").query(Long.class).single();

		WebClient browser = new WebClient();
		HttpResponse<String> landed = browser.get(base + "/login/cas");
		assertThat(landed.uri().getPath()).isEqualTo("/login/unknown-identity");
		assertThat(landed.body()).contains("id=\"unknown-identity\"");
		assertThat(jdbc.sql("select count(*) from user_account").query(Long.class).single()).isEqualTo(accounts);
		assertThat(browser.getOnce(base + "/students").statusCode()).isEqualTo(302);
		assertThat(journal("LOGIN_FAILED", "cas:" + staffNo)).isEqualTo(1);
	}

	@Test
	void loggingOutEndsTheSessionHereAndAtTheCasServer() throws Exception {
		String hospital = fixtures.hospital();
		String staffNo = fixtures.supervisor(hospital);
		String username = fixtures.account(Set.of(Role.HOSPITAL_OFFICE), hospital, null, staffNo, null);
		cas.addPerson("cas" + staffNo, staffNo);
		cas.logIn("cas" + staffNo);
		WebClient browser = new WebClient();
		assertThat(browser.get(base + "/login/cas").uri().toString()).isEqualTo(base + "/");

		String home = browser.get(base + "/").body();
		HttpResponse<String> logout = browser.postOnce(base + "/logout", Map.of("_csrf", WebClient.csrf(home)));
		assertThat(logout.headers().firstValue("Location").orElseThrow()).startsWith(cas.url() + "/logout?service=");
		assertThat(browser.follow(logout).uri().toString()).isEqualTo(base + "/login?logout");
		assertThat(cas.loggedIn()).as("the CAS session ended too").isNull();
		assertThat(browser.getOnce(base + "/students").statusCode()).isEqualTo(302);
		assertThat(journal("LOGOUT", username)).isEqualTo(1);
		assertThat(ticketRows(username)).as("the ticket's row went with the session").isZero();
		assertThat(journal("SINGLE_LOGOUT", username)).as("the session had ended already").isZero();
	}

	@Test
	void loggingOutAtTheCasServerEndsTheSessionThatTicketOpenedAndNoOther() throws Exception {
		String hospital = fixtures.hospital();
		String staffNo = fixtures.supervisor(hospital);
		String username = fixtures.account(Set.of(Role.HOSPITAL_OFFICE), hospital, null, staffNo, null);
		String person = "cas" + staffNo;
		cas.addPerson(person, staffNo);
		cas.logIn(person);
		WebClient browser = new WebClient();
		assertThat(browser.get(base + "/login/cas").uri().toString()).isEqualTo(base + "/");
		String ticket = cas.ticketsOf(person).keySet().iterator().next();
		assertThat(jdbc
			.sql("select count(*) from cas_login_ticket t join spring_session s on s.session_id = t.session_id "
					+ "where t.ticket = :ticket and t.username = :username")
			.param("ticket", ticket)
			.param("username", username)
			.query(Long.class)
			.single()).as("the ticket names the session under the id it got at the login").isEqualTo(1);

		// the same person, logged in on another computer through another ticket, logged
		// out of the CAS server there: only that computer's session ends
		cas.logIn(person);
		WebClient otherComputer = new WebClient();
		assertThat(otherComputer.get(base + "/login/cas").uri().toString()).isEqualTo(base + "/");
		assertThat(cas.ticketsOf(person)).hasSize(2);
		cas.logIn(null);
		assertThat(cas.sendLogoutRequest(ticket, base + "/login/cas")).isEqualTo(200);

		HttpResponse<String> refused = browser.getOnce(base + "/students");
		assertThat(refused.statusCode()).as("the session cookie no longer opens anything").isEqualTo(302);
		assertThat(refused.headers().firstValue("Location").orElseThrow()).endsWith("/login");
		assertThat(otherComputer.getOnce(base + "/students").statusCode()).as("the other ticket's session lives")
			.isEqualTo(200);
		assertThat(journal("SINGLE_LOGOUT", username)).isEqualTo(1);
		assertThat(jdbc.sql("select actor from login_event where kind = 'SINGLE_LOGOUT' and username = :u")
			.param("u", username)
			.query(String.class)
			.single()).isEqualTo("CAS");
		assertThat(ticketRows(username)).isEqualTo(1);

		// the protocol's flow: the person logs out at the CAS server, which posts the
		// logout request for every ticket it issued them
		cas.logIn(person);
		WebClient portal = new WebClient();
		portal.get(cas.url() + "/logout?service=" + base + "/login");
		assertThat(otherComputer.getOnce(base + "/students").statusCode()).isEqualTo(302);
		assertThat(journal("SINGLE_LOGOUT", username)).isEqualTo(2);
		assertThat(ticketRows(username)).isZero();
	}

	@Test
	void theLogoutRequestEndsTheSessionAlsoWhenItLandsOnAnotherNode() throws Exception {
		String staffNo = fixtures.supervisor(fixtures.hospital());
		String username = fixtures.account(Set.of(Role.GRAD_SCHOOL), null, null, staffNo, null);
		String person = "cas" + staffNo;
		cas.addPerson(person, staffNo);
		cas.logIn(person);
		WebClient browser = new WebClient();
		assertThat(browser.get(base + "/login/cas").uri().toString()).isEqualTo(base + "/");
		String session = browser.cookie(base, "SESSION");
		assertThat(session).isNotNull();
		assertThat(getWithCookie(secondBase + "/students", session).statusCode()).as("node B knows the session")
			.isEqualTo(200);

		String ticket = cas.ticketsOf(person).keySet().iterator().next();
		assertThat(cas.sendLogoutRequest(ticket, secondBase + "/login/cas")).isEqualTo(200);

		assertThat(browser.getOnce(base + "/students").statusCode()).as("refused on node A").isEqualTo(302);
		assertThat(getWithCookie(secondBase + "/students", session).statusCode()).as("and on node B").isEqualTo(302);
		assertThat(jdbc.sql(
				"select count(*) from login_event where kind = 'SINGLE_LOGOUT' and username = :u and node = 'cas-node-b'")
			.param("u", username)
			.query(Long.class)
			.single()).isEqualTo(1);
	}

	@Test
	void onlyTheExactLogoutFormGoesWithoutCsrfAndAnUnknownTicketEndsNothing() throws Exception {
		String staffNo = fixtures.supervisor(fixtures.hospital());
		String username = fixtures.account(Set.of(Role.GRAD_SCHOOL), null, null, staffNo, null);
		String person = "cas" + staffNo;
		cas.addPerson(person, staffNo);
		cas.logIn(person);
		WebClient browser = new WebClient();
		assertThat(browser.get(base + "/login/cas").uri().toString()).isEqualTo(base + "/");
		String ticket = cas.ticketsOf(person).keySet().iterator().next();
		String message = "<samlp:LogoutRequest xmlns:samlp=\"urn:oasis:names:tc:SAML:2.0:protocol\">"
				+ "<samlp:SessionIndex>" + ticket + "</samlp:SessionIndex></samlp:LogoutRequest>";

		WebClient stranger = new WebClient();
		assertThat(stranger.postOnce(base + "/logout", Map.of("logoutRequest", message)).statusCode())
			.as("the message posted elsewhere still needs the CSRF token")
			.isEqualTo(403);
		assertThat(
				stranger.postOnce(base + "/login/cas", Map.of("logoutRequest", message, "ticket", "ST-1")).statusCode())
			.as("not the exact form: a ticket beside it")
			.isEqualTo(403);
		assertThat(stranger.postOnce(base + "/login/cas", Map.of("other", message)).statusCode())
			.as("no logout request in it")
			.isEqualTo(403);
		assertThat(stranger.postOnce(base + "/login/cas", Map.of("logoutRequest", "not a message")).statusCode())
			.as("no session index in it")
			.isEqualTo(400);
		assertThat(cas.sendLogoutRequest("ST-never-issued", base + "/login/cas")).isEqualTo(200);

		assertThat(browser.getOnce(base + "/students").statusCode()).as("none of them ended the session")
			.isEqualTo(200);
		assertThat(journal("SINGLE_LOGOUT", username)).isZero();
	}

	private HttpResponse<String> getWithCookie(String url, String session) throws Exception {
		return java.net.http.HttpClient.newHttpClient()
			.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(url))
				.header("Cookie", "SESSION=" + session)
				.build(), HttpResponse.BodyHandlers.ofString());
	}

	private static long ticketRows(String username) {
		return jdbc.sql("select count(*) from cas_login_ticket where username = :username")
			.param("username", username)
			.query(Long.class)
			.single();
	}

	private static long journal(String kind, String username) {
		return jdbc.sql("select count(*) from login_event where kind = :kind and username = :username")
			.param("kind", kind)
			.param("username", username)
			.query(Long.class)
			.single();
	}

}
