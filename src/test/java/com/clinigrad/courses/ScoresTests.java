package com.clinigrad.courses;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ScoresTests {

	private static final BigDecimal SIXTY = BigDecimal.valueOf(60);

	@Test
	void zeroToHundredWithAtMostOneDecimal() {
		assertThat(Scores.check(new BigDecimal("0"))).isEmpty();
		assertThat(Scores.check(new BigDecimal("100"))).isEmpty();
		assertThat(Scores.check(new BigDecimal("59.5"))).isEmpty();
		assertThat(Scores.check(new BigDecimal("60.50"))).isEmpty();
		assertThat(Scores.check(new BigDecimal("59.95"))).contains(Scores.Problem.TOO_MANY_DECIMALS);
		assertThat(Scores.check(new BigDecimal("100.1"))).contains(Scores.Problem.OUT_OF_RANGE);
		assertThat(Scores.check(new BigDecimal("-0.5"))).contains(Scores.Problem.OUT_OF_RANGE);
	}

	@Test
	void aScorePassesFromThePassMarkAndAResultMustSayTheSame() {
		assertThat(Scores.passes(new BigDecimal("60"), SIXTY)).isTrue();
		assertThat(Scores.passes(new BigDecimal("59.9"), SIXTY)).isFalse();
		assertThat(Scores.agree(new BigDecimal("80"), GradeResult.PASS, SIXTY)).isTrue();
		assertThat(Scores.agree(new BigDecimal("80"), GradeResult.FAIL, SIXTY)).isFalse();
		assertThat(Scores.agree(new BigDecimal("59.9"), GradeResult.FAIL, SIXTY)).isTrue();
		assertThat(Scores.agree(new BigDecimal("59.9"), GradeResult.PASS, SIXTY)).isFalse();
		assertThat(Scores.agree(new BigDecimal("65"), GradeResult.PASS, BigDecimal.valueOf(70))).isFalse();
	}

}
