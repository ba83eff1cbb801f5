package com.clinigrad.theses;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Review deadlines count Monday to Friday: 35 working days are seven weeks; a Friday plus
 * one is the Monday.
 */
class WorkingDaysTests {

	@Test
	void weekendsDoNotCount() {
		LocalDate friday = LocalDate.parse("2026-11-27");
		assertThat(WorkingDays.after(friday, 1)).isEqualTo("2026-11-30");
		assertThat(WorkingDays.after(friday, 35)).isEqualTo(friday.plusWeeks(7));
		assertThat(WorkingDays.after(LocalDate.parse("2026-11-28"), 1)).isEqualTo("2026-11-30");
		assertThat(WorkingDays.between(friday, LocalDate.parse("2026-11-30"))).isEqualTo(1);
		assertThat(WorkingDays.between(friday, friday)).isZero();
		assertThat(WorkingDays.between(friday, friday.minusDays(3))).isZero();
		assertThat(WorkingDays.between(friday, WorkingDays.after(friday, 35))).isEqualTo(35);
	}

}
