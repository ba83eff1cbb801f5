package com.clinigrad.eligibility.rules;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import com.clinigrad.eligibility.rules.AuditSnapshot.CourseAttempt;
import com.clinigrad.eligibility.rules.AuditSnapshot.CourseCategory;

/**
 * {@code REQUIRED_COURSES_PASSED}: no course outside the electives whose latest attempt
 * failed.
 */
public final class RequiredCoursesPassedRule implements Requirement {

	private final BigDecimal passMark;

	public RequiredCoursesPassedRule(BigDecimal passMark) {
		this.passMark = passMark;
	}

	@Override
	public String code() {
		return "REQUIRED_COURSES_PASSED";
	}

	@Override
	public Gate gate() {
		return Gate.DEFEND;
	}

	@Override
	public CheckResult check(AuditSnapshot snapshot, LocalDate asOf) {
		List<String> failed = Courses.latestAttempts(snapshot, asOf)
			.stream()
			.filter((attempt) -> attempt.category() != CourseCategory.ELECTIVE)
			.filter((attempt) -> !Courses.passed(attempt, this.passMark))
			.map(CourseAttempt::courseCode)
			.sorted()
			.toList();
		if (failed.isEmpty()) {
			return result(CheckStatus.PASS, "0", "0", "audit.requiredCourses.met");
		}
		return result(CheckStatus.FAIL, "0", Numbers.format(failed.size()), "audit.requiredCourses.failed",
				String.join(", ", failed));
	}

}
