package com.clinigrad;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;

import javax.sql.DataSource;

import com.clinigrad.accounts.Role;
import com.clinigrad.eligibility.ProgramRules;
import com.clinigrad.support.Fixtures;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A request holds one of the pool's connections at a time, also where its reads mix JDBC
 * and JPA without a transaction of their own (the degree audit's, propagation
 * {@code SUPPORTS}): a JPA read behind a cache still empty after a start (the rule sets,
 * the academic calendar) used to take a second connection while the request's JDBC reads
 * held the first, so that as many cold requests as the pool had connections waited for
 * each other until the pool gave up.
 */
@SpringBootTest
class OneConnectionPerRequestTests {

	@Autowired
	ApplicationContext context;

	@Test
	void coldAuditsAtOnceAllAnswerFromTheOneConnectionLeftInThePool() throws Exception {
		Fixtures fixtures = Fixtures.in(this.context);
		String hospital = fixtures.hospital();
		String supervisor = fixtures.supervisor(hospital);
		List<String> students = IntStream.range(0, 3).mapToObj((i) -> fixtures.student(hospital, supervisor)).toList();
		String token = fixtures.apiToken(fixtures.account(Role.GRAD_SCHOOL));

		// a pool of two (Flyway takes two at the start), of which the test holds one; a
		// request waits 5 s for a connection at most
		try (ConfigurableApplicationContext node = new SpringApplicationBuilder(ClinigradApplication.class).run(
				"--server.port=0", "--spring.main.banner-mode=off", "--clinigrad.node-name=one-connection",
				"--spring.datasource.hikari.maximum-pool-size=2", "--spring.datasource.hikari.minimum-idle=2",
				"--spring.datasource.hikari.connection-timeout=5000");
				Connection held = node.getBean(DataSource.class).getConnection()) {
			// as after a rule set is saved: the audit reads the rule sets again
			node.getBean(ProgramRules.class).forget();
			int port = ((WebServerApplicationContext) node).getWebServer().getPort();
			HttpClient http = HttpClient.newHttpClient();
			List<CompletableFuture<HttpResponse<String>>> answers = students.stream()
				.map((student) -> http.sendAsync(HttpRequest
					.newBuilder(URI.create("http://localhost:" + port + "/api/v1/students/" + student + "/audit"))
					.header("Authorization", "Bearer " + token)
					.timeout(Duration.ofSeconds(60))
					.build(), HttpResponse.BodyHandlers.ofString()))
				.toList();
			for (int i = 0; i < students.size(); i++) {
				HttpResponse<String> answer = answers.get(i).get();
				assertThat(answer.statusCode()).as("the audit of %s", students.get(i)).isEqualTo(200);
				assertThat(answer.body()).contains("\"studentNo\":\"" + students.get(i) + "\"");
			}
		}
	}

}
