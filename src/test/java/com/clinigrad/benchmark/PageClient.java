package com.clinigrad.benchmark;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import com.clinigrad.support.FormLogin;

/**
 * One browser-like user: a cookie jar, a form login with its CSRF token, then plain GETs.
 */
final class PageClient {

	private final CookieManager cookies = new CookieManager();

	private final HttpClient http = HttpClient.newBuilder()
		.cookieHandler(this.cookies)
		.followRedirects(HttpClient.Redirect.NEVER)
		.connectTimeout(Duration.ofSeconds(5))
		.build();

	private final String base;

	PageClient(int port) {
		this.base = "http://localhost:" + port;
	}

	PageClient logIn(String username, String password) throws IOException, InterruptedException {
		FormLogin.logIn(this.http, this.base, username, password);
		return this;
	}

	HttpResponse<String> get(String path) throws IOException, InterruptedException {
		return this.http.send(HttpRequest.newBuilder(URI.create(this.base + path)).GET().build(),
				HttpResponse.BodyHandlers.ofString());
	}

	/**
	 * @return the header line that carries this user's cookies (the session after
	 * {@link #logIn}), for a {@link RawHttpConnection}
	 */
	String cookieHeader() {
		return "Cookie: " + this.cookies.getCookieStore()
			.getCookies()
			.stream()
			.map((cookie) -> cookie.getName() + "=" + cookie.getValue())
			.collect(java.util.stream.Collectors.joining("; ")) + "\r\n";
	}

}
