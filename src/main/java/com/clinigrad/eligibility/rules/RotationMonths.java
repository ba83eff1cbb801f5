package com.clinigrad.eligibility.rules;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

import com.clinigrad.eligibility.rules.AuditSnapshot.Rotation;

/**
 * How rotation months are counted (exchange contract): whole calendar months from the
 * start date to the day after the end date, plus the remaining days ÷ 30, rounded down to
 * one decimal; a rotation counts once it has ended by the as-of date and its exam or
 * retake passed.
 */
public final class RotationMonths {

	private static final BigDecimal DAYS_PER_MONTH = BigDecimal.valueOf(30);

	private RotationMonths() {
	}

	/**
	 * @param start the first day
	 * @param end the last day (inclusive)
	 * @return the months, rounded down to one decimal
	 */
	public static BigDecimal of(LocalDate start, LocalDate end) {
		LocalDate dayAfter = end.plusDays(1);
		long whole = ChronoUnit.MONTHS.between(start, dayAfter);
		long days = ChronoUnit.DAYS.between(start.plusMonths(whole), dayAfter);
		BigDecimal months = BigDecimal.valueOf(whole)
			.add(BigDecimal.valueOf(days).divide(DAYS_PER_MONTH, 10, RoundingMode.DOWN));
		return months.setScale(1, RoundingMode.DOWN);
	}

	/**
	 * @return the rotations that count: ended by the as-of date with the exam or retake
	 * passed
	 */
	public static List<Rotation> counting(AuditSnapshot snapshot, LocalDate asOf) {
		return snapshot.rotations()
			.stream()
			.filter((rotation) -> !rotation.endDate().isAfter(asOf))
			.filter((rotation) -> Boolean.TRUE.equals(rotation.examPassed())
					|| Boolean.TRUE.equals(rotation.retakePassed()))
			.toList();
	}

	static BigDecimal sum(List<Rotation> rotations) {
		return rotations.stream()
			.map((rotation) -> of(rotation.startDate(), rotation.endDate()))
			.reduce(BigDecimal.ZERO, BigDecimal::add);
	}

}
