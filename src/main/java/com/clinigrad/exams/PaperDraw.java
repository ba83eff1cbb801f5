package com.clinigrad.exams;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Draws a sitting's paper from a bank by its rules: each rule asks for a number of
 * questions of one kind, in a difficulty range and optionally of one competency; a
 * question is drawn at most once. A rule the bank cannot fill is refused, naming it.
 */
public final class PaperDraw {

	private PaperDraw() {
	}

	/**
	 * @return the drawn question ids, rule by rule
	 * @throws com.clinigrad.shared.BusinessRuleException when a rule cannot be filled
	 */
	public static List<Long> draw(List<Candidate> bank, List<Rule> rules, Random random) {
		if (rules.isEmpty()) {
			throw new com.clinigrad.shared.BusinessRuleException("exams.error.noRules");
		}
		Set<Long> taken = new HashSet<>();
		List<Long> paper = new ArrayList<>();
		int number = 0;
		for (Rule rule : rules) {
			number++;
			List<Long> fitting = new ArrayList<>();
			for (Candidate question : bank) {
				if (!taken.contains(question.id()) && rule.fits(question)) {
					fitting.add(question.id());
				}
			}
			if (fitting.size() < rule.count()) {
				throw new com.clinigrad.shared.BusinessRuleException("exams.error.ruleUnfilled", number, rule.count(),
						fitting.size());
			}
			Collections.shuffle(fitting, random);
			List<Long> drawn = fitting.subList(0, rule.count());
			taken.addAll(drawn);
			paper.addAll(drawn);
		}
		return paper;
	}

	/**
	 * A question of the bank as the draw sees it.
	 */
	public record Candidate(long id, QuestionKind kind, int difficulty, TestedCompetency competency) {
	}

	/**
	 * One rule of a sitting.
	 *
	 * @param competency {@code null} for any
	 */
	public record Rule(QuestionKind kind, int difficultyMin, int difficultyMax, TestedCompetency competency,
			int count) {

		public boolean fits(Candidate question) {
			return question.kind() == this.kind && question.difficulty() >= this.difficultyMin
					&& question.difficulty() <= this.difficultyMax
					&& (this.competency == null || this.competency == question.competency());
		}

	}

}
