package com.clinigrad.courses;

import java.math.BigDecimal;

/**
 * A grade to record, keyed by student number, course code, term and attempt.
 */
public record GradeEntry(String studentNo, String courseCode, String term, int attempt, BigDecimal score,
		String result) {
}
