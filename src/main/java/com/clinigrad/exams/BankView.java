package com.clinigrad.exams;

import java.math.BigDecimal;
import java.time.LocalDateTime;
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
			List<Question> items, int versionNo, boolean retired) {

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

	/**
	 * A question opened for editing: its content, whether a sitting has already shown it
	 * (then saving makes a new version), and every version of its lineage.
	 *
	 * @param version the optimistic-locking version of the question row
	 * @param locked whether a sitting whose window has opened used it
	 * @param caseQuestion the case an item belongs to, {@code null} for a question of its
	 * own
	 * @param latest whether this is the bank's current version
	 */
	public record Editing(Row bank, Question question, long version, boolean locked, Question caseQuestion,
			boolean latest, Retirement retirement, List<Version> history) {

		public Editing {
			history = List.copyOf(history);
		}

		public boolean editable() {
			return this.latest && this.retirement == null;
		}

	}

	/**
	 * Why and when a question was retired.
	 *
	 * @param by the login of who retired it
	 * @param byName their name
	 */
	public record Retirement(LocalDateTime at, String by, String byName, String reason) {
	}

	/**
	 * One version of a question.
	 *
	 * @param changedBy the login of who saved it, or {@code null}
	 * @param changedByName their name (the login for an account that is gone)
	 * @param sittings how many sittings drew it
	 */
	public record Version(long id, int versionNo, String changedBy, String changedByName, LocalDateTime changedAt,
			boolean latest, boolean retired, int sittings) {
	}

}
