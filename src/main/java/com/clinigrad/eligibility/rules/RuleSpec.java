package com.clinigrad.eligibility.rules;

import java.util.Map;

/**
 * One check of a rule set as data: its code and parameters ({@code min}, {@code max},
 * {@code disciplines}, …).
 */
public record RuleSpec(String code, Map<String, String> params) {

	public RuleSpec {
		params = Map.copyOf(params);
	}

	public static RuleSpec of(String code, String... keyValues) {
		java.util.Map<String, String> params = new java.util.LinkedHashMap<>();
		for (int i = 0; i + 1 < keyValues.length; i += 2) {
			params.put(keyValues[i], keyValues[i + 1]);
		}
		return new RuleSpec(code, params);
	}

	String param(String name) {
		String value = this.params.get(name);
		if (value == null || value.isBlank()) {
			throw new InvalidRuleSetException(this.code, name);
		}
		return value.trim();
	}

}
