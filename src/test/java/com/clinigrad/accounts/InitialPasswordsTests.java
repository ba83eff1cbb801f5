package com.clinigrad.accounts;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Initial passwords: each meets the policy, none repeats, none looks alike, and the login
 * reads each hash.
 */
class InitialPasswordsTests {

	final PasswordPolicy policy = new PasswordPolicy();

	final InitialPasswords passwords = new InitialPasswords(this.policy);

	@Test
	void eachPasswordMeetsThePolicyAndIsUnique() {
		List<String> logins = IntStream.range(0, 300).mapToObj((i) -> "M2024" + i).toList();
		List<InitialPasswords.Issued> issued = this.passwords.issue(logins);
		assertThat(issued).hasSize(300);
		Set<String> seen = new HashSet<>();
		for (int i = 0; i < issued.size(); i++) {
			String password = issued.get(i).password();
			assertThat(password).hasSize(InitialPasswords.LENGTH).doesNotContainPattern("[0O1lI]");
			assertThat(this.policy.problems(logins.get(i), password)).isEmpty();
			assertThat(seen.add(password)).isTrue();
		}
	}

	@Test
	void theLoginReadsTheLowCostHashAndNothingElse() {
		PasswordEncoder login = PasswordEncoderFactories.createDelegatingPasswordEncoder();
		InitialPasswords.Issued issued = this.passwords.issue(List.of("S0001")).get(0);
		assertThat(issued.hash()).startsWith("{bcrypt}$2a$04$").doesNotContain(issued.password());
		assertThat(login.matches(issued.password(), issued.hash())).isTrue();
		assertThat(login.matches(issued.password() + "x", issued.hash())).isFalse();
		assertThat(issued.toString()).doesNotContain(issued.password());
	}

}
