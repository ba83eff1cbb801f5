package com.clinigrad.courses;

import java.math.BigDecimal;
import java.time.OffsetDateTime;

/**
 * One recorded change of a grade: what it was, what it became, who and when.
 *
 * @param studentNo the student, when the list spans several
 */
public record GradeChange(String studentNo, String courseCode, String courseName, String term, int attempt,
		BigDecimal oldScore, String oldResult, BigDecimal newScore, String newResult, String changedBy,
		OffsetDateTime changedAt) {

	public String oldValue() {
		return value(this.oldScore, this.oldResult);
	}

	public String newValue() {
		return value(this.newScore, this.newResult);
	}

	static String value(BigDecimal score, String result) {
		if (score != null) {
			return score.stripTrailingZeros().toPlainString();
		}
		return (result != null) ? result : "";
	}

}
