package com.clinigrad.exams;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * What a marker sees.
 */
public final class MarkingView {

	private MarkingView() {
	}

	/**
	 * A paper question the caller marks.
	 *
	 * @param readable whether the window has closed (before, nothing of it is shown)
	 */
	public record Task(long sittingId, String sittingTitle, int position, long questionId, Instant closesAt,
			boolean readable, long answers, long unmarked) {
	}

	/**
	 * The open items of one paper question with the candidates' answers, candidates by
	 * number only.
	 */
	public record Sheet(long sittingId, String sittingTitle, int position, BankView.Question question,
			List<Answer> answers, boolean released) {
	}

	/**
	 * One candidate's answer to one open item.
	 */
	public record Answer(long candidateId, int candidateNumber, long itemId, String itemStem, BigDecimal points,
			String text, BigDecimal score) {
	}

}
