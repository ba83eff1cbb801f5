package com.clinigrad.teaching;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The summary of a course and instructor as the list of reports shows it.
 *
 * @param visitAverage the visits' average on a five-point scale, or {@code null} without
 * visits
 * @param evaluationOverall the evaluations' overall rating, weighted by answers, over the
 * offerings whose aggregates are shown; {@code null} when none is
 * @param evaluationAnswers the answers behind it
 * @param passRate the share of graded students who passed, in percent, or {@code null}
 */
public record QualityFigures(int offerings, int visits, BigDecimal visitAverage, BigDecimal evaluationOverall,
		int evaluationAnswers, int graded, int passed, BigDecimal passRate) {

	static BigDecimal percent(int part, int whole) {
		if (whole == 0) {
			return null;
		}
		return BigDecimal.valueOf(part * 100L).divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP);
	}

}
