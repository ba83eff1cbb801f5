package com.clinigrad.eligibility.rules;

import java.math.BigDecimal;
import java.time.LocalDate;

import com.clinigrad.eligibility.rules.AuditSnapshot.CourseAttempt;
import com.clinigrad.eligibility.rules.AuditSnapshot.CourseCategory;

/**
 * {@code CREDITS_TOTAL} and {@code CREDITS_<CATEGORY>}: the credits of courses whose
 * latest attempt passed reach the minimum (学分要求).
 */
public final class CreditsRule implements Requirement {

	private final String code;

	private final CourseCategory category;

	private final BigDecimal minimum;

	private final BigDecimal passMark;

	/**
	 * @param category the category counted, {@code null} for all courses
	 */
	public CreditsRule(String code, CourseCategory category, BigDecimal minimum, BigDecimal passMark) {
		this.code = code;
		this.category = category;
		this.minimum = minimum;
		this.passMark = passMark;
	}

	@Override
	public String code() {
		return this.code;
	}

	/**
	 * @return the category counted, {@code null} for all courses
	 */
	public CourseCategory category() {
		return this.category;
	}

	/**
	 * @return the credits required
	 */
	public BigDecimal minimum() {
		return this.minimum;
	}

	@Override
	public Gate gate() {
		return Gate.DEFEND;
	}

	@Override
	public CheckResult check(AuditSnapshot snapshot, LocalDate asOf) {
		BigDecimal earned = BigDecimal.ZERO;
		for (CourseAttempt attempt : Courses.latestAttempts(snapshot, asOf)) {
			if ((this.category == null || this.category == attempt.category())
					&& Courses.passed(attempt, this.passMark)) {
				earned = earned.add(attempt.credits());
			}
		}
		String required = Numbers.format(this.minimum);
		String actual = Numbers.format(earned);
		if (earned.compareTo(this.minimum) >= 0) {
			return result(CheckStatus.PASS, required, actual, "audit.credits.met", actual, required);
		}
		return result(CheckStatus.PENDING, required, actual, "audit.credits.short", actual, required,
				Numbers.format(this.minimum.subtract(earned)));
	}

}
