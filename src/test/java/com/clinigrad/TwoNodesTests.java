package com.clinigrad;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import com.clinigrad.accounts.Role;
import com.clinigrad.notifications.Notifications;
import com.clinigrad.support.Fixtures;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two application nodes on one database, as behind a load balancer: a session made on one
 * is accepted on the other and can be ended from either, a scheduled job fires on one
 * node only, and failed logins on both count against the same lock.
 */
@ExtendWith(OutputCaptureExtension.class)
class TwoNodesTests {

	private static ConfigurableApplicationContext nodeA;

	private static ConfigurableApplicationContext nodeB;

	private static Fixtures fixtures;

	private static JdbcClient jdbc;

	private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

	@BeforeAll
	static void startTwoNodes() {
		nodeA = node("node-a");
		nodeB = node("node-b");
		fixtures = Fixtures.in(nodeA);
		jdbc = nodeA.getBean(JdbcClient.class);
	}

	@AfterAll
	static void stopThem() {
		if (nodeB != null) {
			nodeB.close();
		}
		if (nodeA != null) {
			nodeA.close();
		}
	}

	private static ConfigurableApplicationContext node(String name) {
		// as arguments: they outrank the application's own settings (such as its port)
		return new SpringApplicationBuilder(ClinigradApplication.class).run("--server.port=0",
				"--clinigrad.node-name=" + name, "--spring.main.banner-mode=off");
	}

	@Test
	void aSessionMadeOnOneNodeIsAcceptedOnTheOtherAndCanBeEndedFromIt() throws Exception {
		String username = fixtures.account(Role.GRAD_SCHOOL);
		String session = logIn(nodeA, username, Fixtures.PASSWORD);
		assertThat(session).as("a session cookie after the login on node A").isNotNull();

		HttpResponse<String> onB = get(nodeB, "/students", session);
		assertThat(onB.statusCode()).as("the same session on node B").isEqualTo(200);
		assertThat(onB.body()).contains("id=\"student-table\"");
		assertThat(get(nodeB, "/students", null).statusCode()).as("without the cookie: the login page").isEqualTo(302);

		String admin = fixtures.account(Role.ADMIN);
		String adminSession = logIn(nodeB, admin, Fixtures.PASSWORD);
		long accountId = jdbc.sql("select id from user_account where username = :u")
			.param("u", username)
			.query(Long.class)
			.single();
		HttpResponse<String> accountPage = get(nodeB, "/admin/accounts/" + accountId, adminSession);
		Matcher reference = Pattern.compile("data-session=\"([0-9a-f]+)\"").matcher(accountPage.body());
		assertThat(reference.find()).as("node B lists the session made on node A").isTrue();
		assertThat(accountPage.body()).contains("id=\"session-table\"");
		HttpResponse<String> ended = post(nodeB,
				"/admin/accounts/" + accountId + "/sessions/" + reference.group(1) + "/end", adminSession,
				Map.of("_csrf", csrf(accountPage.body())));
		assertThat(ended.statusCode()).isEqualTo(302);

		HttpResponse<String> afterwards = get(nodeA, "/students", session);
		assertThat(afterwards.statusCode()).isEqualTo(302);
		assertThat(afterwards.headers().firstValue("Location").orElseThrow()).endsWith("/login");
		assertThat(jdbc
			.sql("select count(*) from login_event where username = :u and kind = 'SESSION_ENDED' "
					+ "and actor = :admin and node = 'node-b'")
			.param("u", username)
			.param("admin", admin)
			.query(Long.class)
			.single()).isEqualTo(1);
	}

	@Test
	void failedLoginsOnBothNodesCountAgainstTheSameLock() throws Exception {
		String username = fixtures.account(Role.GRAD_SCHOOL);
		for (int i = 0; i < 3; i++) {
			assertThat(tryLogIn(nodeA, username, "wrong-" + i).headers().firstValue("Location").orElseThrow())
				.endsWith("/login?error");
		}
		for (int i = 0; i < 2; i++) {
			assertThat(tryLogIn(nodeB, username, "wrong-b-" + i).headers().firstValue("Location").orElseThrow())
				.endsWith("/login?error");
		}
		assertThat(tryLogIn(nodeA, username, Fixtures.PASSWORD).headers().firstValue("Location").orElseThrow())
			.as("five failures on two nodes lock the name, the right password too")
			.endsWith("/login?locked");
		Map<String, Long> failuresByNode = jdbc.sql(
				"select node, count(*) as n from login_event where username = :u and kind = 'LOGIN_FAILED' group by node")
			.param("u", username)
			.query((rs, row) -> Map.entry(rs.getString("node"), rs.getLong("n")))
			.list()
			.stream()
			.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
		assertThat(failuresByNode).containsExactlyInAnyOrderEntriesOf(Map.of("node-a", 3L, "node-b", 2L));
	}

	@Test
	void aScheduledJobFiresOnOneNodeOnly(CapturedOutput output) throws Exception {
		Notifications onA = nodeA.getBean(Notifications.class);
		Notifications onB = nodeB.getBean(Notifications.class);
		// the job's own nightly run (03:10 Beijing time) may have fired in a test context
		// a
		// moment ago and hold its lock for its minimum minute: the race starts from no
		// lock
		jdbc.sql("delete from shedlock where name = 'old-notifications'").update();
		CountDownLatch start = new CountDownLatch(1);
		ExecutorService threads = Executors.newFixedThreadPool(2);
		try {
			Future<?> a = threads.submit(() -> {
				start.await();
				onA.deleteOldNightly();
				return null;
			});
			Future<?> b = threads.submit(() -> {
				start.await();
				onB.deleteOldNightly();
				return null;
			});
			start.countDown();
			a.get();
			b.get();
		}
		finally {
			threads.shutdown();
		}
		assertThat(output.getOut()
			.lines()
			.filter((line) -> line.contains("Old notifications:") && !line.contains("scheduling-"))
			.count()).as("the job ran once, on one of the two nodes").isEqualTo(1);
		assertThat(
				jdbc.sql("select count(*) from shedlock where name = 'old-notifications'").query(Long.class).single())
			.isEqualTo(1);
	}

	@Test
	void aBatchAuditStartedOnOneNodeIsWatchedOnTheOtherAndRunsOnce() throws Exception {
		String hospital = fixtures.hospital();
		fixtures.student(hospital, fixtures.supervisor(hospital));
		String username = fixtures.account(Role.GRAD_SCHOOL);
		String session = logIn(nodeA, username, Fixtures.PASSWORD);
		String asOf = "2026-09-01";
		HttpResponse<String> form = get(nodeA, "/audit/batch", session);
		HttpResponse<String> started = post(nodeA, "/audit/batch", session,
				Map.of("programs", "PUMC-PRO-MASTER", "asOf", asOf, "_csrf", csrf(form.body())));
		assertThat(started.statusCode()).isEqualTo(302);
		String location = started.headers().firstValue("Location").orElseThrow();
		String id = location.substring(location.lastIndexOf('/') + 1);

		HttpResponse<String> onB = get(nodeB, "/audit/batch/" + id, session);
		for (int i = 0; i < 240 && !onB.body().contains("id=\"batch-table\""); i++) {
			assertThat(onB.statusCode()).as("node B shows the run node A runs").isEqualTo(200);
			Thread.sleep(250);
			onB = get(nodeB, "/audit/batch/" + id, session);
		}
		assertThat(onB.body()).as("node B shows the result").contains("id=\"batch-table\"");
		assertThat(jdbc.sql("select node || ' ' || state from batch_audit_run where id = :id")
			.param("id", id)
			.query(String.class)
			.single()).isEqualTo("node-a FINISHED");
		String other = fixtures.account(Role.GRAD_SCHOOL);
		assertThat(get(nodeB, "/audit/batch/" + id, logIn(nodeB, other, Fixtures.PASSWORD)).statusCode())
			.as("another office does not see someone else's run")
			.isEqualTo(404);

		// the same audit running on node A: asked for again on node B, the running one is
		// shown
		jdbc.sql("insert into batch_audit_run (id, owner, state, request_key, total, done, node, content) "
				+ "select 'running-on-a', owner, 'RUNNING', request_key, total, 0, 'node-a', content "
				+ "from batch_audit_run where id = :id")
			.param("id", id)
			.update();
		HttpResponse<String> formOnB = get(nodeB, "/audit/batch", session);
		HttpResponse<String> again = post(nodeB, "/audit/batch", session,
				Map.of("programs", "PUMC-PRO-MASTER", "asOf", asOf, "_csrf", csrf(formOnB.body())));
		assertThat(again.headers().firstValue("Location").orElseThrow()).endsWith("/audit/batch/running-on-a");
		assertThat(get(nodeB, "/audit/batch/running-on-a", session).body()).contains("id=\"batch-progress\"");
		assertThat(jdbc.sql("select count(*) from batch_audit_run where owner = :owner")
			.param("owner", username)
			.query(Long.class)
			.single()).as("no third run").isEqualTo(2);
	}

	// plain HTTP as a browser speaks it: the session cookie and the form's CSRF token

	private String logIn(ConfigurableApplicationContext node, String username, String password) throws Exception {
		HttpResponse<String> answer = tryLogIn(node, username, password);
		assertThat(answer.headers().firstValue("Location").orElse("")).as("logged in").doesNotContain("/login");
		return sessionOf(answer);
	}

	private HttpResponse<String> tryLogIn(ConfigurableApplicationContext node, String username, String password)
			throws Exception {
		HttpResponse<String> form = get(node, "/login", null);
		String session = sessionOf(form);
		return post(node, "/login", session,
				Map.of("username", username, "password", password, "_csrf", csrf(form.body())));
	}

	private HttpResponse<String> get(ConfigurableApplicationContext node, String path, String session)
			throws IOException, InterruptedException {
		HttpRequest.Builder request = HttpRequest.newBuilder(uri(node, path)).GET();
		if (session != null) {
			request.header("Cookie", "SESSION=" + session);
		}
		return this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	private HttpResponse<String> post(ConfigurableApplicationContext node, String path, String session,
			Map<String, String> form) throws IOException, InterruptedException {
		String body = form.entrySet()
			.stream()
			.map((e) -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&"));
		HttpRequest.Builder request = HttpRequest.newBuilder(uri(node, path))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body));
		if (session != null) {
			request.header("Cookie", "SESSION=" + session);
		}
		return this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	private static URI uri(ConfigurableApplicationContext node, String path) {
		int port = ((WebServerApplicationContext) node).getWebServer().getPort();
		return URI.create("http://localhost:" + port + path);
	}

	private static String sessionOf(HttpResponse<?> answer) {
		return answer.headers()
			.allValues("Set-Cookie")
			.stream()
			.filter((cookie) -> cookie.startsWith("SESSION="))
			.map((cookie) -> cookie.substring("SESSION=".length(), cookie.indexOf(';')))
			.findFirst()
			.orElse(null);
	}

	private static String csrf(String page) {
		Matcher matcher = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"").matcher(page);
		assertThat(matcher.find()).as("the page has a CSRF token").isTrue();
		return matcher.group(1);
	}

}
