package com.clinigrad.careers;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;

/**
 * The employment of a year's graduates as the annual report counts it (exchange format
 * v1.1): the graduates (rows whose graduation day falls in the year), the employed (all
 * but {@link DestinationKind#UNEMPLOYED}), the rate employed ÷ graduates rounded half-up
 * to 4 decimals (0 when there are no graduates), the graduates by destination (every
 * kind, 0 when none) and by region (the regions given).
 */
public record EmploymentFigures(int year, long graduates, long employed, Map<DestinationKind, Long> byDestination,
		Map<String, Long> byRegion) {

	public EmploymentFigures {
		byDestination = Map.copyOf(byDestination);
		byRegion = Map.copyOf(byRegion);
	}

	/**
	 * @return employed ÷ graduates, half-up to 4 decimals; 0.0000 without graduates
	 */
	public BigDecimal rate() {
		return rate(this.employed, this.graduates);
	}

	static BigDecimal rate(long employed, long graduates) {
		if (graduates == 0) {
			return BigDecimal.ZERO.setScale(4);
		}
		return BigDecimal.valueOf(employed).divide(BigDecimal.valueOf(graduates), 4, RoundingMode.HALF_UP);
	}

}
