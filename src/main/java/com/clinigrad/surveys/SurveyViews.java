package com.clinigrad.surveys;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * The read models of the surveys' pages.
 */
public final class SurveyViews {

	private SurveyViews() {
	}

	/**
	 * A template with its questions and the fewest answers a result is shown from.
	 */
	public record Template(long id, String code, SurveyKind kind, String name, String nameEn, int minAnswers,
			List<Question> questions) {

		public String displayName(boolean english) {
			return english ? this.nameEn : this.name;
		}

	}

	/**
	 * One question, answered on a scale of 1 (very dissatisfied) to 5 (very satisfied).
	 */
	public record Question(long id, int position, String text, String textEn) {

		public String displayText(boolean english) {
			return english ? this.textEn : this.text;
		}

	}

	/**
	 * A round: a template asked of chosen students in a year, between two days.
	 */
	public record Round(long id, int year, Template template, LocalDate opensOn, LocalDate closesOn, int invited,
			int answered) {

		public boolean openOn(LocalDate day) {
			return !day.isBefore(this.opensOn) && !day.isAfter(this.closesOn);
		}

	}

	/**
	 * The results of a round: overall and, for a supervision survey, per supervisor; a
	 * mean only where there are at least the template's minimum of answers.
	 *
	 * @param means per question, in the template's order (empty below the minimum)
	 */
	public record Results(Round round, int answers, boolean shown, List<BigDecimal> means, BigDecimal score,
			List<TargetResult> bySupervisor) {
	}

	/**
	 * One supervisor's result in a supervision round.
	 *
	 * @param score the mean of every answer on a 0–100 scale (mean × 20), or {@code null}
	 * below the minimum
	 */
	public record TargetResult(long supervisorId, String staffNo, String name, int answers, BigDecimal score) {
	}

}
