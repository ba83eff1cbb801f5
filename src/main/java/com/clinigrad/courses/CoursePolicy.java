package com.clinigrad.courses;

import java.math.BigDecimal;

import com.clinigrad.shared.BusinessRuleException;

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

	/**
	 * @throws BusinessRuleException unless the program awards practice credits and these
	 * are within its bounds
	 */
	public void requirePracticeCredits(BigDecimal credits) {
		if (!awardsPracticeCredits()) {
			throw new BusinessRuleException("practice.error.notInProgram", this.programCode);
		}
		if (credits == null || credits.compareTo(this.practiceCreditsMin) < 0
				|| credits.compareTo(this.practiceCreditsMax) > 0) {
			throw new BusinessRuleException("practice.error.creditsOutOfRange",
					this.practiceCreditsMin.stripTrailingZeros().toPlainString(),
					this.practiceCreditsMax.stripTrailingZeros().toPlainString());
		}
	}

}
