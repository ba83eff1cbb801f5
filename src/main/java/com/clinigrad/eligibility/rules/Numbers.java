package com.clinigrad.eligibility.rules;

import java.math.BigDecimal;

/**
 * How numbers appear in {@code required} and {@code actual}: no trailing zeros
 * ({@code 16}, {@code 2.5}).
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

	static String format(long value) {
		return Long.toString(value);
	}

}
