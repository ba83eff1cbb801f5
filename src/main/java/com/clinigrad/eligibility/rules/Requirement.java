package com.clinigrad.eligibility.rules;

import java.time.LocalDate;

/**
 * One requirement of a program's rule set. Implementations are small, pure and take the
 * as-of date as an argument (never the clock).
 */
public interface Requirement {

	/**
	 * @return the rule code of the exchange contract, e.g. {@code CREDITS_TOTAL}
	 */
	String code();

	/**
	 * @return what the requirement gates
	 */
	Gate gate();

	/**
	 * @param snapshot the student's record
	 * @param asOf the day the audit speaks of; evidence dated after it does not count
	 * @return the result, never a bare boolean
	 */
	CheckResult check(AuditSnapshot snapshot, LocalDate asOf);

	/**
	 * @param snapshot the student's record
	 * @return whether this requirement applies to the student at all (some rules only
	 * apply to some disciplines); a requirement that does not apply is not emitted
	 */
	default boolean appliesTo(AuditSnapshot snapshot) {
		return true;
	}

	/**
	 * @param cohortYear the student's cohort
	 * @return the date by which the rule set requires this check to be met, when the rule
	 * names one (the medical license by the end of semester 5)
	 */
	default java.util.Optional<LocalDate> dueOn(int cohortYear) {
		return java.util.Optional.empty();
	}

	default CheckResult result(CheckStatus status, String required, String actual, String messageKey, Object... args) {
		return new CheckResult(code(), gate(), status, required, actual, messageKey, java.util.List.of(args));
	}

}
