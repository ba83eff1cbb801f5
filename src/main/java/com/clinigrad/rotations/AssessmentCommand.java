package com.clinigrad.rotations;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;

/**
 * An assessment as the assessor enters it.
 *
 * @param ratings the competency ratings given (1–9), by competency
 */
public record AssessmentCommand(AssessmentKind kind, LocalDate assessedOn, BigDecimal theoryScore,
		BigDecimal skillsScore, BigDecimal score, Map<Competency, Integer> ratings, String comments) {

	public AssessmentCommand {
		ratings = Map.copyOf(ratings);
	}

}
