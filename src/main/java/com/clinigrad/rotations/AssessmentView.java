package com.clinigrad.rotations;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;

/**
 * A recorded assessment.
 *
 * @param passed the outcome of a summative assessment, {@code null} for formative ones
 */
public record AssessmentView(long id, Long rotationId, AssessmentKind kind, int attempt, Integer year,
		BigDecimal theoryScore, BigDecimal skillsScore, BigDecimal score, Boolean passed,
		Map<Competency, Integer> ratings, String comments, LocalDate assessedOn, String assessor) {

	public AssessmentView {
		// in the competencies' order, as the form asks them
		ratings = ratings.isEmpty() ? Map.of()
				: java.util.Collections.unmodifiableMap(new java.util.EnumMap<>(ratings));
	}

}
