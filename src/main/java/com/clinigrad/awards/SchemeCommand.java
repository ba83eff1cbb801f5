package com.clinigrad.awards;

import java.math.BigDecimal;
import java.util.Map;

/**
 * A scheme's rules as the graduate school edits them: rounding, tie break, how long a
 * veto excludes, and the evaluation weights.
 */
public record SchemeCommand(QuotaRounding quotaRounding, EvaluationComponent tieBreak, int vetoMonths, String note,
		Map<EvaluationComponent, BigDecimal> weights) {
}
