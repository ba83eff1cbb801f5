package com.clinigrad.awards;

import java.math.BigDecimal;
import java.util.Map;

/**
 * A scheme's evaluation rules as stored: the weight and parameters of each component, the
 * tie-break component and how long a veto excludes.
 */
public record EvaluationRules(Map<EvaluationComponent, BigDecimal> weights,
		Map<EvaluationComponent, Map<String, String>> params, EvaluationComponent tieBreak, int vetoMonths) {

	BigDecimal param(EvaluationComponent component, String name, String fallback) {
		String value = this.params.getOrDefault(component, Map.of()).get(name);
		return new BigDecimal((value != null && !value.isBlank()) ? value.strip() : fallback);
	}

}
