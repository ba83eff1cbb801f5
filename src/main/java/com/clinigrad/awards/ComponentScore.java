package com.clinigrad.awards;

import java.math.BigDecimal;
import java.util.List;

/**
 * A component of a student's comprehensive evaluation: its score out of 100, the weight
 * the scheme gives it, the points it adds to the total, and the records behind it.
 */
public record ComponentScore(EvaluationComponent component, BigDecimal weight, BigDecimal score, BigDecimal weighted,
		List<EvaluationLine> lines) {
}
