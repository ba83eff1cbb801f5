package com.clinigrad.exams;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * A candidate's paper as their page shows it: questions and options in their own order,
 * with what they have saved so far. Correct options are never part of it.
 *
 * @param deadline when the attempt ends (the earlier of start + duration and the window's
 * end)
 */
public record CandidatePaper(long candidateId, String title, Instant deadline, List<Item> questions) {

	public CandidatePaper {
		questions = List.copyOf(questions);
	}

	/**
	 * @return the seconds left, never below 0
	 */
	public long secondsLeft() {
		return Math.max(0, java.time.Duration.between(Instant.now(), this.deadline).toSeconds());
	}

	/**
	 * A question (or a case with its items) of the paper.
	 *
	 * @param number its number on this candidate's paper
	 * @param chosen the option ids saved
	 * @param text the open answer saved
	 */
	public record Item(int number, long id, QuestionKind kind, String stem, boolean hasImage, List<Choice> options,
			Set<Long> chosen, String text, List<Item> items) {

		public Item {
			options = List.copyOf(options);
			chosen = Set.copyOf(chosen);
			items = List.copyOf(items);
		}

		public boolean answered() {
			return !this.chosen.isEmpty() || (this.text != null && !this.text.isBlank());
		}

	}

	/**
	 * An option with the letter it has on this paper.
	 */
	public record Choice(long id, String letter, String text) {
	}

}
