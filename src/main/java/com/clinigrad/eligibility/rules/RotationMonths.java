package com.clinigrad.eligibility.rules;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import com.clinigrad.eligibility.rules.AuditSnapshot.Rotation;
import com.clinigrad.rotations.RotationLength;

/**
 * Which rotations count and how many months they make: months as the exchange contract
 * counts them ({@link RotationLength}, owned by the rotations module); a rotation counts
 * once it has ended by the as-of date and its exam or retake passed.
 */
public final class RotationMonths {

	private RotationMonths() {
	}

	/**
	 * @param start the first day
	 * @param end the last day (inclusive)
	 * @return the months, rounded down to one decimal
	 */
	public static BigDecimal of(LocalDate start, LocalDate end) {
		return RotationLength.months(start, end);
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
