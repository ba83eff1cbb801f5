package com.clinigrad.competency;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class LevelReadingTests {

	private static final BigDecimal ONE = BigDecimal.ONE;

	private static final BigDecimal NINE = BigDecimal.valueOf(9);

	@Test
	void theEndsOfTheScaleAreLevelsOneAndFive() {
		assertThat(LevelReading.level(ONE, ONE, NINE)).isEqualByComparingTo("1.0");
		assertThat(LevelReading.level(NINE, ONE, NINE)).isEqualByComparingTo("5.0");
	}

	@Test
	void aValueBetweenIsReadLinearly() {
		assertThat(LevelReading.level(BigDecimal.valueOf(5), ONE, NINE)).isEqualByComparingTo("3.0");
		assertThat(LevelReading.level(BigDecimal.valueOf(70), BigDecimal.valueOf(40), BigDecimal.valueOf(100)))
			.isEqualByComparingTo("3.0");
		assertThat(LevelReading.level(BigDecimal.valueOf(6), ONE, NINE)).isEqualByComparingTo("3.5");
	}

	@Test
	void valuesOutsideTheScaleCountAsItsEnds() {
		assertThat(LevelReading.level(BigDecimal.valueOf(20), BigDecimal.valueOf(40), BigDecimal.valueOf(100)))
			.isEqualByComparingTo("1.0");
		assertThat(LevelReading.level(BigDecimal.TEN, ONE, NINE)).isEqualByComparingTo("5.0");
	}

	@Test
	void noValueReadsNoLevel() {
		assertThat(LevelReading.level(null, ONE, NINE)).isNull();
		assertThat(LevelReading.mean(List.of())).isNull();
	}

	@Test
	void aScaleWithoutRangeIsAnError() {
		assertThatIllegalArgumentException().isThrownBy(() -> LevelReading.level(ONE, NINE, NINE));
	}

	@Test
	void theMeanHasOneDecimal() {
		assertThat(LevelReading.mean(List.of(new BigDecimal("3.0"), new BigDecimal("4.0"), new BigDecimal("4.0"))))
			.isEqualByComparingTo("3.7");
	}

}
