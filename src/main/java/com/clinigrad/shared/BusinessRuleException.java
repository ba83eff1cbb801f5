package com.clinigrad.shared;

import java.util.List;

/**
 * A change refused by a domain rule (an illegal status transition, a value out of range).
 * Carries a message key and its arguments so that the page can say why in the user's
 * language.
 */
public class BusinessRuleException extends RuntimeException {

	private final String messageKey;

	private final transient List<Object> arguments;

	public BusinessRuleException(String messageKey, Object... arguments) {
		super(messageKey);
		this.messageKey = messageKey;
		this.arguments = List.of(arguments);
	}

	public String getMessageKey() {
		return this.messageKey;
	}

	public Object[] getArguments() {
		return this.arguments.toArray();
	}

}
