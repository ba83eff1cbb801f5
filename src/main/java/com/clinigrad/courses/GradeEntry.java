package com.clinigrad.courses;

import java.math.BigDecimal;

/**
 * A grade to record: one sitting of a course by a student, keyed by student id, course
 * id, term and attempt, with a score, a pass/fail result or both. The ids are resolved
 * once by the caller (the grade grid from its roster, the import for a whole file), not
 * per grade.
 */
public record GradeEntry(long studentId, long courseId, String term, int attempt, BigDecimal score,
		GradeResult result) {
}
