package com.clinigrad.rotations;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * What a program's rule set asks of a cohort's clinical training: the months of rotation
 * that must count (临床轮转月数). A plan is generated only where there are some. The rule sets
 * live in the eligibility module, which provides this; the rotations module only reads
 * it.
 */
public interface ClinicalRequirements {

	/**
	 * @return the months required, empty when the program's rule set for the cohort asks
	 * for no clinical training (or the program has no rule set)
	 */
	Optional<BigDecimal> monthsRequired(String programCode, int cohortYear);

}
