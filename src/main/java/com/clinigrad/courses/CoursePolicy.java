package com.clinigrad.courses;

import java.math.BigDecimal;

/**
 * What a program says about courses beyond its audit checks.
 *
 * @param practiceCreditsMin the fewest practice / innovation credits that may be awarded,
 * or {@code null} when the program awards none
 * @param practiceCreditsMax the most
 * @param termFailureLimit failed required courses in one term that open a diversion case
 * @param totalFailureLimit failed required courses in all that open one
 */
public record CoursePolicy(String programCode, BigDecimal practiceCreditsMin, BigDecimal practiceCreditsMax,
		int termFailureLimit, int totalFailureLimit) {

	public boolean awardsPracticeCredits() {
		return this.practiceCreditsMin != null && this.practiceCreditsMax != null;
	}

}
