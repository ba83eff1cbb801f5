package com.clinigrad.accounts;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The password policy refuses trivial, common and personal passwords and says why.
 */
class PasswordPolicyTests {

	private final PasswordPolicy policy = new PasswordPolicy();

	@ParameterizedTest
	@CsvSource(delimiter = '|',
			value = { "aaaaaaaaaa|REPEATED", "1234567890|SEQUENCE", "abcdefghij1|SEQUENCE", "qwertyuiop9|SEQUENCE",
					"password12|COMMON", "Password12!|COMMON", "woaini1314|COMMON", "short1!|TOO_SHORT",
					"ab12ab12ab12|TOO_FEW_DISTINCT" })
	void aTrivialOrCommonPasswordIsRefusedWithItsReason(String password, String reason) {
		assertThat(this.policy.problems("zhangsan", password)).extracting(PasswordPolicy.Problem::code)
			.contains(reason);
	}

	@Test
	void tenSpacesAreRefused() {
		assertThat(this.policy.problems("zhangsan", " ".repeat(10))).extracting(PasswordPolicy.Problem::code)
			.contains("TOO_FEW_DISTINCT");
	}

	@ParameterizedTest
	@ValueSource(strings = { "zhangsan2026", "ZhangSan-2026", "nasgnahz-2026" })
	void theLoginNameForwardsOrBackwardsInAnyCaseIsRefused(String password) {
		assertThat(this.policy.problems("zhangsan", password)).extracting(PasswordPolicy.Problem::code)
			.containsExactly("ILLEGAL_USERNAME");
	}

	@Test
	void theLoginNameItselfIsRefused() {
		assertThat(this.policy.problems("wangwu.doctor", "wangwu.doctor")).extracting(PasswordPolicy.Problem::code)
			.contains("ILLEGAL_USERNAME");
	}

	@ParameterizedTest
	@ValueSource(strings = { "Clinigrad2026!", "Test-password-1", "a-long-password", "临床医学研究生2026年",
			"horse battery staple" })
	void aReasonablePasswordIsAccepted(String password) {
		assertThat(this.policy.problems("zhangsan", password)).isEmpty();
	}

	@Test
	void theLimitsAreStatedWithTheReason() {
		assertThat(this.policy.problems("zhangsan", "Ab1!xyz")).singleElement().satisfies((problem) -> {
			assertThat(problem.messageKey()).isEqualTo("password.policy.TOO_SHORT");
			assertThat(problem.args()).containsExactly(10);
		});
		assertThat(this.policy.problems("zhangsan", "Ab1!xyz".repeat(20))).extracting(PasswordPolicy.Problem::code)
			.contains("TOO_LONG");
	}

	@Test
	void checkThrowsWithEveryReason() {
		assertThatThrownBy(() -> this.policy.check("zhangsan", "aaaaaaaaaa")).isInstanceOf(WeakPasswordException.class)
			.satisfies((ex) -> assertThat(((WeakPasswordException) ex).getProblems()).hasSizeGreaterThanOrEqualTo(2));
	}

}
