package com.clinigrad.courses;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;

/**
 * What a program's rule set asks of a cohort's courses: the pass mark and the minimum
 * credits in total and per category. The rule sets live in the eligibility module, which
 * provides this; the courses module only reads it.
 */
public interface CreditRequirements {

	/**
	 * @return the requirements, or empty when the program has no rule set for the cohort
	 */
	Optional<Minimums> of(String programCode, int cohortYear);

	/**
	 * @return the highest pass mark of any rule set, to find failing scores in bulk
	 */
	BigDecimal highestPassMark();

	/**
	 * @param passMark the lowest passing score
	 * @param total the minimum credits in all, or {@code null} when the program sets none
	 * @param byCategory the minimum credits per category the program sets
	 */
	record Minimums(BigDecimal passMark, BigDecimal total, Map<CourseCategory, BigDecimal> byCategory) {

		public Minimums {
			byCategory = Map.copyOf(byCategory);
		}

		/** The default pass mark when the program has no rule set. */
		public static final BigDecimal DEFAULT_PASS_MARK = BigDecimal.valueOf(60);

	}

}
