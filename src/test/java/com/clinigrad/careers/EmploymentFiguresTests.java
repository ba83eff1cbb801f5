package com.clinigrad.careers;

import java.math.BigDecimal;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The employment rate: employed ÷ graduates, half-up to 4 decimals, 0 without graduates.
 */
class EmploymentFiguresTests {

	@Test
	void theRateIsRoundedHalfUpToFourDecimals() {
		assertThat(EmploymentFigures.rate(1, 32)).isEqualTo(new BigDecimal("0.0313"));
		assertThat(EmploymentFigures.rate(2, 3)).isEqualTo(new BigDecimal("0.6667"));
		assertThat(EmploymentFigures.rate(1, 3)).isEqualTo(new BigDecimal("0.3333"));
		assertThat(EmploymentFigures.rate(3, 3)).isEqualTo(new BigDecimal("1.0000"));
		assertThat(EmploymentFigures.rate(0, 5)).isEqualTo(new BigDecimal("0.0000"));
	}

	@Test
	void withoutGraduatesTheRateIsZero() {
		EmploymentFigures none = new EmploymentFigures(2024, 0, 0, Map.of(), Map.of());
		assertThat(none.rate()).isEqualByComparingTo(BigDecimal.ZERO);
		assertThat(none.rate().doubleValue()).isEqualTo(0.0);
	}

	@Test
	void everyKindButUnemployedIsEmployed() {
		for (DestinationKind kind : DestinationKind.values()) {
			assertThat(kind.employed()).isEqualTo(kind != DestinationKind.UNEMPLOYED);
		}
	}

}
