package com.clinigrad.courses;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * What a course score (成绩) may be and when it passes: 0 to 100 with at most one decimal,
 * passing at the program's pass mark. The one rule the grade grid and the grades import
 * apply, so that a grade refused on one path is refused on the other.
 */
public final class Scores {

	public static final BigDecimal MIN = BigDecimal.ZERO;

	public static final BigDecimal MAX = BigDecimal.valueOf(100);

	public static final int MAX_DECIMALS = 1;

	private Scores() {
	}

	/**
	 * @return what is wrong with the score, empty when it may be recorded
	 */
	public static Optional<Problem> check(BigDecimal score) {
		if (score.compareTo(MIN) < 0 || score.compareTo(MAX) > 0) {
			return Optional.of(Problem.OUT_OF_RANGE);
		}
		if (score.stripTrailingZeros().scale() > MAX_DECIMALS) {
			return Optional.of(Problem.TOO_MANY_DECIMALS);
		}
		return Optional.empty();
	}

	/**
	 * @param passMark the lowest passing score of the student's program
	 * ({@link CreditRequirements.Minimums#DEFAULT_PASS_MARK} unless the program says
	 * otherwise)
	 */
	public static boolean passes(BigDecimal score, BigDecimal passMark) {
		return score.compareTo(passMark) >= 0;
	}

	/**
	 * @return whether a sitting recorded with both a score and a result says the same
	 * twice
	 */
	public static boolean agree(BigDecimal score, GradeResult result, BigDecimal passMark) {
		return passes(score, passMark) == GradeResult.isPass(result);
	}

	/**
	 * Why a score is refused, with the message both paths show.
	 */
	public enum Problem {

		OUT_OF_RANGE("grades.error.range"), TOO_MANY_DECIMALS("grades.error.decimals");

		private final String messageKey;

		Problem(String messageKey) {
			this.messageKey = messageKey;
		}

		public String messageKey() {
			return this.messageKey;
		}

	}

}
