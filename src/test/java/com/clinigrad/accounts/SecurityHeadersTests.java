package com.clinigrad.accounts;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every answer carries a Content-Security-Policy without inline scripts; behind the TLS
 * proxy (X-Forwarded-Proto from a local address) the session cookie is Secure and HSTS is
 * sent; over plain HTTP neither.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class SecurityHeadersTests {

	private static final Pattern INLINE = Pattern.compile(
			"<script(?![^>]*\\bsrc=)[^>]*>|\\son[a-z]+\\s*=|th:on[a-z]+\\s*=|javascript:|hx-on",
			Pattern.CASE_INSENSITIVE);

	@LocalServerPort
	int port;

	private final HttpClient http = HttpClient.newHttpClient();

	@Test
	void pagesForbidInlineScripts() throws Exception {
		HttpResponse<String> login = get("/login", false);
		String policy = login.headers().firstValue("Content-Security-Policy").orElseThrow();
		assertThat(policy).contains("script-src 'self'", "object-src 'none'", "frame-ancestors 'none'");
		assertThat(policy.replaceAll(".*script-src([^;]*).*", "$1")).doesNotContain("unsafe-inline")
			.doesNotContain("unsafe-eval");
	}

	@Test
	void theApiAnswersWithAPolicyThatAllowsNothing() throws Exception {
		HttpResponse<String> api = get("/api/v1/students/NOBODY/audit", false);
		assertThat(api.statusCode()).isEqualTo(401);
		assertThat(api.headers().firstValue("Content-Security-Policy"))
			.hasValueSatisfying((policy) -> assertThat(policy).contains("default-src 'none'"));
	}

	@Test
	void behindTheTlsProxyTheCookieIsSecureAndHstsIsSent() throws Exception {
		HttpResponse<String> login = get("/login", true);
		assertThat(login.statusCode()).isEqualTo(200);
		assertThat(login.headers().firstValue("Strict-Transport-Security"))
			.hasValueSatisfying((hsts) -> assertThat(hsts).contains("max-age=31536000", "includeSubDomains"));
		assertThat(login.headers().allValues("Set-Cookie")).isNotEmpty()
			.allSatisfy((cookie) -> assertThat(cookie).contains("Secure", "HttpOnly"));
	}

	@Test
	void overPlainHttpThereIsNoHsts() throws Exception {
		HttpResponse<String> login = get("/login", false);
		assertThat(login.headers().firstValue("Strict-Transport-Security")).isEmpty();
	}

	@Test
	void noTemplateHasAnInlineScriptOrHandler() throws IOException {
		try (Stream<Path> files = Files.walk(Path.of("src/main/resources/templates"))) {
			List<String> offending = files.filter((file) -> file.toString().endsWith(".html")).flatMap((file) -> {
				try {
					return Files.readAllLines(file)
						.stream()
						.filter((line) -> INLINE.matcher(line).find())
						.map((line) -> file + ": " + line.trim());
				}
				catch (IOException ex) {
					throw new java.io.UncheckedIOException(ex);
				}
			}).toList();
			assertThat(offending).isEmpty();
		}
	}

	private HttpResponse<String> get(String path, boolean viaTlsProxy) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + path));
		if (viaTlsProxy) {
			request.header("X-Forwarded-Proto", "https").header("X-Forwarded-For", "203.0.113.9");
		}
		return this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

}
