package com.clinigrad.competency;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Reads an assessment's value as a competency level (1–5): a value on the assessment's
 * scale (for example a Mini-CEX rating 1–9 or an exam score 40–100, from
 * {@code competency_source}) is placed linearly between level 1 at the scale's lower end
 * and level 5 at its upper end; values outside the scale count as its ends. Pure Java.
 */
public final class LevelReading {

	static final BigDecimal LOWEST = BigDecimal.ONE;

	static final BigDecimal HIGHEST = BigDecimal.valueOf(5);

	private LevelReading() {
	}

	/**
	 * @return the level with one decimal, or {@code null} without a value
	 */
	public static BigDecimal level(BigDecimal value, BigDecimal scaleMin, BigDecimal scaleMax) {
		if (value == null) {
			return null;
		}
		if (scaleMax.compareTo(scaleMin) <= 0) {
			throw new IllegalArgumentException("Scale maximum must lie above its minimum");
		}
		BigDecimal clamped = value.max(scaleMin).min(scaleMax);
		BigDecimal share = clamped.subtract(scaleMin).divide(scaleMax.subtract(scaleMin), 6, RoundingMode.HALF_UP);
		return LOWEST.add(HIGHEST.subtract(LOWEST).multiply(share)).setScale(1, RoundingMode.HALF_UP);
	}

	/**
	 * @return the mean of the levels with one decimal, or {@code null} for none
	 */
	public static BigDecimal mean(java.util.Collection<BigDecimal> levels) {
		if (levels.isEmpty()) {
			return null;
		}
		BigDecimal sum = levels.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
		return sum.divide(BigDecimal.valueOf(levels.size()), 1, RoundingMode.HALF_UP);
	}

}
