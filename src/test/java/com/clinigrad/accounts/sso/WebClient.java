package com.clinigrad.accounts.sso;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A browser as the login protocols see it: it follows redirects across servers and keeps
 * each server's cookies (by host and port), and remembers the addresses it went through.
 */
final class WebClient {

	private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

	private final Map<String, Map<String, String>> cookies = new ConcurrentHashMap<>();

	final List<URI> visited = new ArrayList<>();

	/**
	 * @return the last answer after following every redirect
	 */
	HttpResponse<String> get(String url) throws IOException, InterruptedException {
		return follow(send(HttpRequest.newBuilder(URI.create(url)).GET(), URI.create(url)));
	}

	/**
	 * @return the answer itself, a redirect not followed
	 */
	HttpResponse<String> getOnce(String url) throws IOException, InterruptedException {
		return send(HttpRequest.newBuilder(URI.create(url)).GET(), URI.create(url));
	}

	HttpResponse<String> post(String url, Map<String, String> form) throws IOException, InterruptedException {
		return follow(postOnce(url, form));
	}

	HttpResponse<String> postOnce(String url, Map<String, String> form) throws IOException, InterruptedException {
		String body = form.entrySet()
			.stream()
			.map((entry) -> URLEncoder.encode(entry.getKey(), StandardCharsets.UTF_8) + "="
					+ URLEncoder.encode(entry.getValue(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&"));
		return send(HttpRequest.newBuilder(URI.create(url))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body)), URI.create(url));
	}

	HttpResponse<String> follow(HttpResponse<String> answer) throws IOException, InterruptedException {
		HttpResponse<String> current = answer;
		for (int hops = 0; hops < 20 && current.statusCode() / 100 == 3; hops++) {
			URI next = current.uri().resolve(current.headers().firstValue("Location").orElseThrow());
			current = send(HttpRequest.newBuilder(next).GET(), next);
		}
		return current;
	}

	String cookie(String baseUrl, String name) {
		return this.cookies.getOrDefault(authority(URI.create(baseUrl)), Map.of()).get(name);
	}

	static String csrf(String page) {
		Matcher matcher = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"").matcher(page);
		if (!matcher.find()) {
			throw new IllegalStateException("No CSRF token on the page: " + page);
		}
		return matcher.group(1);
	}

	private HttpResponse<String> send(HttpRequest.Builder request, URI uri) throws IOException, InterruptedException {
		this.visited.add(uri);
		request.header("Accept", "text/html,application/xhtml+xml");
		Map<String, String> jar = this.cookies.computeIfAbsent(authority(uri), (key) -> new LinkedHashMap<>());
		if (!jar.isEmpty()) {
			request.header("Cookie",
					jar.entrySet()
						.stream()
						.map((entry) -> entry.getKey() + "=" + entry.getValue())
						.collect(Collectors.joining("; ")));
		}
		HttpResponse<String> answer = this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
		for (String header : answer.headers().allValues("Set-Cookie")) {
			String pair = header.split(";", 2)[0];
			int equals = pair.indexOf('=');
			String name = pair.substring(0, equals).trim();
			String value = pair.substring(equals + 1).trim();
			if (value.isEmpty() || header.toLowerCase().contains("max-age=0")) {
				jar.remove(name);
			}
			else {
				jar.put(name, value);
			}
		}
		return answer;
	}

	private static String authority(URI uri) {
		return uri.getHost() + ":" + uri.getPort();
	}

}
