package com.clinigrad.theses;

import java.util.List;

/**
 * One broken composition rule, as a message key with its arguments (a member's name where
 * the rule concerns one member).
 */
public record PanelViolation(String messageKey, List<String> arguments) {

	public PanelViolation {
		arguments = List.copyOf(arguments);
	}

	static PanelViolation of(String key, Object... arguments) {
		return new PanelViolation(key, java.util.Arrays.stream(arguments).map(String::valueOf).toList());
	}

}
