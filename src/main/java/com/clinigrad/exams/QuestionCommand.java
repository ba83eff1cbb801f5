package com.clinigrad.exams;

import java.math.BigDecimal;
import java.util.List;

/**
 * A question as its author enters it (or as an import row gives it).
 *
 * @param options the options of a choice, in order; empty otherwise
 * @param correct the positions (0-based) of the correct options
 */
public record QuestionCommand(QuestionKind kind, String stem, int difficulty, TestedCompetency competency,
		BigDecimal points, List<String> options, List<Integer> correct) {

	public QuestionCommand {
		options = List.copyOf(options);
		correct = List.copyOf(correct);
	}

}
