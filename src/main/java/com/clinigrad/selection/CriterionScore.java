package com.clinigrad.selection;

import java.math.BigDecimal;
import java.util.List;

/**
 * One criterion's points for one supervisor: weight × share, with its explanation.
 */
public record CriterionScore(Criterion criterion, BigDecimal weight, BigDecimal fraction, BigDecimal points,
		boolean hasData, Line summary, List<Line> evidence) {

	public CriterionScore {
		evidence = List.copyOf(evidence);
	}

}
