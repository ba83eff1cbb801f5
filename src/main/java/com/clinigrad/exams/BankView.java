package com.clinigrad.exams;

import java.math.BigDecimal;
import java.util.List;

/**
 * Read models of question banks.
 */
public final class BankView {

	private BankView() {
	}

	/**
	 * A bank in the list.
	 */
	public record Row(long id, String title, BankScope scope, String scopeCode, String hospitalCode, int questions) {
	}

	/**
	 * A bank with its questions.
	 */
	public record Detail(Row bank, long version, List<Question> questions) {
	}

	/**
	 * A question with its options, or a case with its items.
	 */
	public record Question(long id, Long parentId, QuestionKind kind, String stem, int difficulty,
			TestedCompetency competency, BigDecimal points, boolean hasImage, List<Option> options,
			List<Question> items) {

		public Question {
			options = List.copyOf(options);
			items = List.copyOf(items);
		}

	}

	/**
	 * An option of a choice.
	 */
	public record Option(long id, String text, boolean correct) {
	}

}
