package com.clinigrad.courses;

import java.math.BigDecimal;
import java.util.List;

/**
 * A student's credits against the program's minimums: earned (courses whose latest
 * attempt passed), still missing, and in progress (enrolled, not yet graded).
 *
 * @param ruleSet whether the program has a rule set for the cohort (without one there are
 * no minimums)
 */
public record CreditSummary(List<Line> lines, Line total, BigDecimal passMark, boolean ruleSet) {

	public CreditSummary {
		lines = List.copyOf(lines);
	}

	/**
	 * @param category the category, or {@code null} for the total
	 * @param required the minimum, or {@code null} when the program sets none
	 */
	public record Line(CourseCategory category, BigDecimal earned, BigDecimal required, BigDecimal inProgress) {

		public BigDecimal missing() {
			if (this.required == null || this.earned.compareTo(this.required) >= 0) {
				return BigDecimal.ZERO;
			}
			return this.required.subtract(this.earned);
		}

		public boolean met() {
			return this.required == null || this.earned.compareTo(this.required) >= 0;
		}

		/**
		 * @return the earned share of the minimum in percent, for a progress bar
		 */
		public int percent() {
			if (this.required == null || this.required.signum() == 0) {
				return 100;
			}
			return Math.min(100,
					this.earned.multiply(BigDecimal.valueOf(100))
						.divide(this.required, 0, java.math.RoundingMode.DOWN)
						.intValue());
		}

	}

}
