package com.clinigrad.shared.web;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.web.util.UriComponentsBuilder;

/**
 * Builds the {@code ?a=1&b=2&} prefix that list pages put before {@code page=N}, so that
 * paging keeps the filters.
 */
public final class QueryString {

	private final Map<String, Object> params = new LinkedHashMap<>();

	public QueryString with(String name, Object value) {
		if (value != null && !(value instanceof String text && text.isBlank())) {
			this.params.put(name, value);
		}
		return this;
	}

	/**
	 * @return {@code ?} followed by the parameters, each followed by {@code &}
	 */
	public String prefix() {
		UriComponentsBuilder builder = UriComponentsBuilder.newInstance();
		this.params.forEach(builder::queryParam);
		String query = builder.build().encode().getQuery();
		return (query == null || query.isEmpty()) ? "?" : "?" + query + "&";
	}

}
