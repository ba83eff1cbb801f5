package com.clinigrad.exams;

import java.math.BigDecimal;
import java.util.Set;

/**
 * How the machine marks a choice: a single choice scores its points when the one correct
 * option is chosen; a multiple choice only when exactly the correct options are chosen
 * (no partial credit). Nothing chosen scores 0.
 */
public final class ObjectiveMarking {

	private ObjectiveMarking() {
	}

	public static BigDecimal score(QuestionKind kind, Set<Long> correct, Set<Long> chosen, BigDecimal points) {
		if (!kind.objective()) {
			throw new IllegalArgumentException("Only choices are marked by the machine: " + kind);
		}
		if (chosen.isEmpty() || (kind == QuestionKind.SINGLE && chosen.size() != 1)) {
			return BigDecimal.ZERO;
		}
		return chosen.equals(correct) ? points : BigDecimal.ZERO;
	}

}
