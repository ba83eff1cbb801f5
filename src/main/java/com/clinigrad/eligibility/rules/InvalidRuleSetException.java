package com.clinigrad.eligibility.rules;

/**
 * A rule set names an unknown rule or lacks or garbles a parameter.
 */
public class InvalidRuleSetException extends RuntimeException {

	private final String rule;

	private final String parameter;

	public InvalidRuleSetException(String rule, String parameter) {
		super("Rule " + rule + ((parameter != null) ? ": parameter " + parameter : ": unknown rule"));
		this.rule = rule;
		this.parameter = parameter;
	}

	public String getRule() {
		return this.rule;
	}

	public String getParameter() {
		return this.parameter;
	}

}
