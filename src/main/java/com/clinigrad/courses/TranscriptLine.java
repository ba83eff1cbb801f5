package com.clinigrad.courses;

import java.math.BigDecimal;

/**
 * One sitting on a transcript.
 *
 * @param value the score or {@code PASS}/{@code FAIL}
 * @param latest whether this is the sitting that counts (the latest attempt)
 */
public record TranscriptLine(String term, String courseCode, String courseName, String courseNameEn,
		CourseCategory category, BigDecimal credits, int attempt, String value, boolean passed, boolean latest) {
}
