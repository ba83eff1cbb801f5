package com.clinigrad.courses;

import java.math.BigDecimal;

/**
 * One sitting of a course by a student.
 *
 * @param term {@code YYYY-1} (autumn) or {@code YYYY-2} (spring)
 * @param score the score, or {@code null} for a pass/fail grade
 * @param result the result recorded for a pass/fail grade, or {@code null} with a score
 */
public record GradeView(String courseCode, String courseName, String courseNameEn, CourseCategory category,
		BigDecimal credits, String term, int attempt, BigDecimal score, GradeResult result) {
}
