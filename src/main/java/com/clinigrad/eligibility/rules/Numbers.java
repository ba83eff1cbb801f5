package com.clinigrad.eligibility.rules;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * How numbers appear in {@code required} and {@code actual}: no trailing zeros
 * ({@code 16}, {@code 2.5}), except months of rotations, which the exchange format counts
 * to one decimal ({@code 3.0}, {@code 0.6}).
 */
final class Numbers {

	private Numbers() {
	}

	static String format(BigDecimal value) {
		if (value.signum() == 0) {
			return "0";
		}
		return value.stripTrailingZeros().toPlainString();
	}

	/**
	 * @return months of rotations as the exchange format writes them, one decimal
	 * ({@code 3.0}, {@code 1.0}, {@code 0.6})
	 */
	static String months(BigDecimal value) {
		return value.setScale(1, RoundingMode.DOWN).toPlainString();
	}

	static String format(long value) {
		return Long.toString(value);
	}

}
