package com.clinigrad.awards;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * How a scheme rounds a quota (ratio × eligible population) to a number of students.
 */
public enum QuotaRounding {

	/** Down (向下取整). */
	FLOOR(RoundingMode.FLOOR),
	/** To the nearest, half up (四舍五入). */
	HALF_UP(RoundingMode.HALF_UP),
	/** Up (向上取整). */
	CEILING(RoundingMode.CEILING);

	private final RoundingMode mode;

	QuotaRounding(RoundingMode mode) {
		this.mode = mode;
	}

	/**
	 * @param ratio the quota ratio
	 * @param population the eligible population
	 * @return the number of students the quota allows
	 */
	public int quota(BigDecimal ratio, int population) {
		return ratio.multiply(BigDecimal.valueOf(population)).setScale(0, this.mode).intValueExact();
	}

	public String messageKey() {
		return "award.rounding." + name();
	}

}
