package com.clinigrad.organization;

import java.time.LocalDate;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Working days are Monday to Friday, less the holidays on weekdays, plus the weekend days
 * worked instead: 35 working days are seven weeks without exceptions; a holiday pushes
 * the deadline by a day, a worked Saturday pulls it back.
 */
class WorkingDaysTests {

	static final LocalDate FRIDAY = LocalDate.parse("2026-11-27");

	@Test
	void mondayToFridayWithoutExceptions() {
		SchoolCalendar.Days days = new SchoolCalendar.Days(Set.of(), Set.of());
		assertThat(days.after(FRIDAY, 1)).isEqualTo("2026-11-30");
		assertThat(days.after(FRIDAY, 35)).isEqualTo(FRIDAY.plusWeeks(7));
		assertThat(days.after(LocalDate.parse("2026-11-28"), 1)).isEqualTo("2026-11-30");
		assertThat(days.between(FRIDAY, LocalDate.parse("2026-11-30"))).isEqualTo(1);
		assertThat(days.between(FRIDAY, FRIDAY)).isZero();
		assertThat(days.between(FRIDAY, days.after(FRIDAY, 35))).isEqualTo(35);
	}

	@Test
	void holidaysPushAndWorkedWeekendsPullTheDeadline() {
		LocalDate monday = LocalDate.parse("2026-11-30");
		LocalDate saturday = LocalDate.parse("2026-12-05");
		SchoolCalendar.Days holiday = new SchoolCalendar.Days(Set.of(monday), Set.of());
		assertThat(holiday.after(FRIDAY, 1)).isEqualTo("2026-12-01");
		assertThat(holiday.after(FRIDAY, 35)).isEqualTo(FRIDAY.plusWeeks(7).plusDays(3));
		SchoolCalendar.Days worked = new SchoolCalendar.Days(Set.of(), Set.of(saturday));
		assertThat(worked.after(FRIDAY, 6)).isEqualTo(saturday);
		assertThat(worked.between(FRIDAY, LocalDate.parse("2026-12-06"))).isEqualTo(6);
	}

}
