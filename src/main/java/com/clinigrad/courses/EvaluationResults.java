package com.clinigrad.courses;

import java.math.BigDecimal;
import java.util.List;

/**
 * The aggregate of an offering's evaluations. Below {@link CourseEvaluations#MIN_ANSWERS}
 * answers only the count is given, so that no single answer can be recognised.
 *
 * @param averages the average of each item (content, teaching, organization, workload,
 * overall), or empty when hidden
 * @param distribution how many gave 1..5 for the overall rating, or empty when hidden
 */
public record EvaluationResults(OfferingView offering, int answers, int enrolled, boolean shown,
		List<BigDecimal> averages, List<Integer> distribution, List<String> comments) {

	public EvaluationResults {
		averages = List.copyOf(averages);
		distribution = List.copyOf(distribution);
		comments = List.copyOf(comments);
	}

}
