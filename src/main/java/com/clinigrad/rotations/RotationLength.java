package com.clinigrad.rotations;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * How long a rotation is in months, as the exchange contract counts them: whole calendar
 * months from the start date to the day after the end date, plus the remaining days ÷ 30,
 * rounded down to one decimal (2024-01-01…2024-03-31 is 3.0; 2024-01-01…2024-01-20 is
 * 0.6). The one place this is computed; the degree audit counts with it too.
 */
public final class RotationLength {

	private static final BigDecimal DAYS_PER_MONTH = BigDecimal.valueOf(30);

	private RotationLength() {
	}

	/**
	 * @param start the first day
	 * @param end the last day (inclusive)
	 */
	public static BigDecimal months(LocalDate start, LocalDate end) {
		LocalDate dayAfter = end.plusDays(1);
		long whole = ChronoUnit.MONTHS.between(start, dayAfter);
		long days = ChronoUnit.DAYS.between(start.plusMonths(whole), dayAfter);
		return BigDecimal.valueOf(whole)
			.add(BigDecimal.valueOf(days).divide(DAYS_PER_MONTH, 10, RoundingMode.DOWN))
			.setScale(1, RoundingMode.DOWN);
	}

}
