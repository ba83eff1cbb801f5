package com.clinigrad.courses;

import java.math.BigDecimal;

/**
 * One sitting on a transcript.
 *
 * @param score the score, or {@code null} for a pass/fail grade
 * @param result the pass/fail result, or {@code null} with a score
 * @param latest whether this is the sitting that counts (the latest attempt)
 * @param provisional whether the class's grade sheet has not been submitted yet (the
 * instructor may still change the grade)
 */
public record TranscriptLine(String term, String courseCode, String courseName, String courseNameEn,
		CourseCategory category, BigDecimal credits, int attempt, BigDecimal score, GradeResult result, boolean passed,
		boolean latest, boolean provisional) {

	/**
	 * @return the score as written ({@code 85}, {@code 72.5}), empty for a pass/fail
	 * grade
	 */
	public String scoreText() {
		return GradeChange.scoreText(this.score);
	}

}
