package com.clinigrad.rotations;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Headcounts by day: both ends of a rotation count, the day after does not, and rotations
 * reaching outside the period are clipped.
 */
class DailyHeadcountTests {

	@Test
	void countsBothEndsAndNotTheDayAfter() {
		DailyHeadcount headcount = new DailyHeadcount(LocalDate.of(2027, 1, 1), LocalDate.of(2027, 12, 31));
		headcount.add(1, LocalDate.of(2027, 1, 1), LocalDate.of(2027, 3, 31));
		headcount.add(1, LocalDate.of(2027, 3, 31), LocalDate.of(2027, 4, 30));
		headcount.add(1, LocalDate.of(2027, 4, 1), LocalDate.of(2027, 4, 30));
		headcount.add(2, LocalDate.of(2026, 11, 1), LocalDate.of(2028, 2, 1));

		assertThat(headcount.firstDayOver(1, 1)).contains(LocalDate.of(2027, 3, 31));
		assertThat(headcount.firstDayOver(1, 2)).isEmpty();
		assertThat(headcount.monthlyPeaks(12).get(1L)).containsExactly(1, 1, 2, 2, 0, 0, 0, 0, 0, 0, 0, 0);
		assertThat(headcount.monthlyPeaks(12).get(2L)).containsOnly(1);
		assertThat(headcount.firstDayOver(3, 0)).isEmpty();
	}

}
