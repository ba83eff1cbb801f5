package com.clinigrad.eligibility.rules;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.clinigrad.eligibility.rules.AuditSnapshot.CourseAttempt;

/**
 * The latest attempt of each course, among those taken in a term that had begun by the
 * as-of date; a retake is a new attempt and the latest one counts.
 */
final class Courses {

	private Courses() {
	}

	static List<CourseAttempt> latestAttempts(AuditSnapshot snapshot, LocalDate asOf) {
		Map<String, CourseAttempt> latest = new LinkedHashMap<>();
		snapshot.courseAttempts()
			.stream()
			.filter((attempt) -> attempt.termStart() == null || !attempt.termStart().isAfter(asOf))
			.sorted(Comparator.comparing(CourseAttempt::courseCode)
				.thenComparingInt(CourseAttempt::attempt)
				.thenComparing(CourseAttempt::term, Comparator.nullsFirst(Comparator.naturalOrder())))
			.forEach((attempt) -> latest.put(attempt.courseCode(), attempt));
		return List.copyOf(latest.values());
	}

	static boolean passed(CourseAttempt attempt, BigDecimal passMark) {
		if (attempt.score() != null) {
			return attempt.score().compareTo(passMark) >= 0;
		}
		return Boolean.TRUE.equals(attempt.passed());
	}

}
