package com.clinigrad.support;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The login page's exchange over plain HTTP, as a browser sends it: the form's CSRF token
 * read from {@code GET /login}, then name, password and token posted to {@code /login}.
 * The client must keep cookies (a {@link java.net.CookieManager}) and not follow
 * redirects; after the call its jar holds the logged-in session.
 */
public final class FormLogin {

	/** The form's hidden CSRF field, as Thymeleaf writes it. */
	public static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");

	private FormLogin() {
	}

	/**
	 * Logs in; {@code headers} are name/value pairs sent with both requests (a browser
	 * name, a language).
	 * @throws IllegalStateException if there is no form or the login is refused
	 */
	public static void logIn(HttpClient http, String base, String username, String password, String... headers)
			throws IOException, InterruptedException {
		HttpRequest.Builder page = HttpRequest.newBuilder(URI.create(base + "/login"));
		if (headers.length > 0) {
			page.headers(headers);
		}
		HttpResponse<String> form = http.send(page.build(), HttpResponse.BodyHandlers.ofString());
		Matcher csrf = CSRF.matcher(form.body());
		if (form.statusCode() != 200 || !csrf.find()) {
			throw new IllegalStateException("No login form at " + base + "/login: " + form.statusCode());
		}
		HttpRequest.Builder post = HttpRequest.newBuilder(URI.create(base + "/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString("username=" + encode(username) + "&password=" + encode(password)
					+ "&_csrf=" + encode(csrf.group(1))));
		if (headers.length > 0) {
			post.headers(headers);
		}
		HttpResponse<Void> answer = http.send(post.build(), HttpResponse.BodyHandlers.discarding());
		String location = answer.headers().firstValue("Location").orElse("");
		if (answer.statusCode() != 302 || location.contains("/login")) {
			throw new IllegalStateException(
					"Login of " + username + " refused: " + answer.statusCode() + " " + location);
		}
	}

	public static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

}
