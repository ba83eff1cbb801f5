package com.clinigrad.admissions;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * One line of a year's enrollment plan (招生计划) beside what the admissions brought: the
 * planned places of a program and discipline, the applicants, the admitted and those
 * admitted at their first choice.
 *
 * @param id the plan line, or {@code null} where applicants came without a plan
 * @param planned the planned places, or {@code null} when none was set
 * @param version the version an edit must name (0 without a plan line)
 */
public record PlanLine(Long id, int year, String programCode, String disciplineCode, Integer planned, long applicants,
		long admitted, long firstChoiceAdmitted, long version) {

	/**
	 * @return the admitted as a percentage of the plan, one decimal, or {@code null}
	 * without a plan
	 */
	public BigDecimal fulfilment() {
		return percent(this.admitted, this.planned);
	}

	/**
	 * @return the first-choice admitted as a percentage of the plan (一志愿录取占计划比例), or
	 * {@code null} without a plan
	 */
	public BigDecimal firstChoiceOfPlan() {
		return percent(this.firstChoiceAdmitted, this.planned);
	}

	static BigDecimal percent(long part, Integer whole) {
		if (whole == null || whole == 0) {
			return null;
		}
		return BigDecimal.valueOf(part * 100L).divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP);
	}

}
