package com.clinigrad.shared.web;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.web.util.UriComponentsBuilder;

/**
 * Builds the {@code ?a=1&b=2&} prefix that list pages put before {@code page=N}, so that
 * paging keeps the filters; and whole query strings, e.g. the current page's with only
 * the language replaced.
 */
public final class QueryString {

	private final Map<String, Object> params = new LinkedHashMap<>();

	/**
	 * @param rawQuery a request's query string as sent (percent-encoded), or {@code null}
	 * @return its parameters, decoded, in their order (a repeated name keeps its last
	 * value)
	 */
	public static QueryString parse(String rawQuery) {
		QueryString query = new QueryString();
		if (rawQuery == null || rawQuery.isEmpty()) {
			return query;
		}
		for (String pair : rawQuery.split("&")) {
			if (pair.isEmpty()) {
				continue;
			}
			int equals = pair.indexOf('=');
			String name = decode((equals < 0) ? pair : pair.substring(0, equals));
			String value = (equals < 0) ? "" : decode(pair.substring(equals + 1));
			if (!name.isEmpty()) {
				query.params.remove(name);
				query.with(name, value);
			}
		}
		return query;
	}

	public QueryString with(String name, Object value) {
		if (value != null && !(value instanceof String text && text.isBlank())) {
			this.params.put(name, value);
		}
		return this;
	}

	public QueryString without(String name) {
		this.params.remove(name);
		return this;
	}

	/**
	 * @return {@code ?} followed by the parameters, each followed by {@code &}
	 */
	public String prefix() {
		String query = encoded();
		return query.isEmpty() ? "?" : "?" + query + "&";
	}

	/**
	 * @return {@code ?} followed by the parameters, or {@code ?} alone when there are
	 * none (a link to the same page without parameters)
	 */
	public String url() {
		return "?" + encoded();
	}

	private String encoded() {
		UriComponentsBuilder builder = UriComponentsBuilder.newInstance();
		this.params.forEach(builder::queryParam);
		String query = builder.build().encode().getQuery();
		// a plus sign is legal in a query but read back as a space: keep it a plus
		return (query != null) ? query.replace("+", "%2B") : "";
	}

	private static String decode(String text) {
		try {
			return URLDecoder.decode(text, StandardCharsets.UTF_8);
		}
		catch (IllegalArgumentException ex) {
			return text;
		}
	}

}
