package com.clinigrad.accounts;

import java.util.List;

import com.clinigrad.shared.BusinessRuleException;

/**
 * A password refused by the {@link PasswordPolicy}, with every reason.
 */
public class WeakPasswordException extends BusinessRuleException {

	private final transient List<PasswordPolicy.Problem> problems;

	WeakPasswordException(List<PasswordPolicy.Problem> problems) {
		super("password.policy.weak");
		this.problems = List.copyOf(problems);
	}

	public List<PasswordPolicy.Problem> getProblems() {
		return this.problems;
	}

}
