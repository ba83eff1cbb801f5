package com.clinigrad.accounts;

import java.util.Set;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * On a deployment without any account, creates the first administrator from
 * {@code clinigrad.admin.username} / {@code clinigrad.admin.password}
 * ({@code CLINIGRAD_ADMIN_PASSWORD}). Does nothing once any account exists.
 */
@Component
@Order(0)
class InitialAdministrator implements SmartInitializingSingleton {

	private static final Log logger = LogFactory.getLog(InitialAdministrator.class);

	private final AccountAdministration administration;

	private final PasswordPolicy passwordPolicy;

	private final String username;

	private final String password;

	InitialAdministrator(AccountAdministration administration, PasswordPolicy passwordPolicy,
			@Value("${clinigrad.admin.username:admin}") String username,
			@Value("${clinigrad.admin.password:}") String password) {
		this.administration = administration;
		this.passwordPolicy = passwordPolicy;
		this.username = username;
		this.password = password;
	}

	@Override
	public void afterSingletonsInstantiated() {
		if (this.password.isBlank() || this.administration.count() > 0) {
			return;
		}
		java.util.List<PasswordPolicy.Problem> problems = this.passwordPolicy.problems(this.username, this.password);
		if (!problems.isEmpty()) {
			logger.error("CLINIGRAD_ADMIN_PASSWORD breaks the password policy ("
					+ problems.stream()
						.map(PasswordPolicy.Problem::code)
						.collect(java.util.stream.Collectors.joining(", "))
					+ "): no administrator created. Choose 10 or more characters, not the login name, not a common password.");
			return;
		}
		this.administration.createSystemAccount(this.username, this.password,
				new AccountCommand("Administrator", true, Set.of(Role.ADMIN), null, null, null, null));
		logger.info("Created the first administrator account '" + this.username + "'");
	}

}
