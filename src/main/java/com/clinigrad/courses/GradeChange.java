package com.clinigrad.courses;

import java.math.BigDecimal;
import java.time.OffsetDateTime;

import com.clinigrad.shared.history.Actors;

/**
 * One recorded change of a grade: what it was, what it became, who and when.
 *
 * @param studentNo the student, when the list spans several
 */
public record GradeChange(String studentNo, String courseCode, String courseName, String term, int attempt,
		BigDecimal oldScore, GradeResult oldResult, BigDecimal newScore, GradeResult newResult, String changedBy,
		OffsetDateTime changedAt) {

	/**
	 * @return the old score as written, empty for none or a pass/fail grade (see
	 * {@link #oldResult})
	 */
	public String oldValue() {
		return scoreText(this.oldScore);
	}

	/**
	 * @return the new score as written, empty for a pass/fail grade (see
	 * {@link #newResult})
	 */
	public String newValue() {
		return scoreText(this.newScore);
	}

	/**
	 * @return whether the system (an import, a job) made the change, not a person
	 */
	public boolean bySystem() {
		return Actors.system(this.changedBy);
	}

	static String scoreText(BigDecimal score) {
		return (score != null) ? score.stripTrailingZeros().toPlainString() : "";
	}

}
