package com.clinigrad.students;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * What the degree audit's scan found about a student at risk (the eligibility module
 * records it here, for the student list's risk column and filter): open diversion cases
 * (分流) and warnings (预警), and the earliest deadline of a degree-audit check the student
 * has not met.
 *
 * @param nextDueOn the earliest deadline of an unmet check, or {@code null}
 */
public record StudentRisk(int openCases, int openWarnings, LocalDate nextDueOn) {

	/**
	 * How many days ahead a deadline counts as due soon (an overdue one too), on the
	 * student list and as the at-risk view's default.
	 */
	public static final int SOON_DAYS = 90;

	public static final StudentRisk NONE = new StudentRisk(0, 0, null);

	/**
	 * @return whether the earliest deadline of an unmet check falls within
	 * {@link #SOON_DAYS} of the day (or has passed)
	 */
	public boolean dueSoon(LocalDate today) {
		return this.nextDueOn != null && !this.nextDueOn.isAfter(today.plusDays(SOON_DAYS));
	}

	public boolean overdue(LocalDate today) {
		return this.nextDueOn != null && this.nextDueOn.isBefore(today);
	}

	/**
	 * @return the kinds of risk found, most serious first
	 */
	public List<Kind> kinds(LocalDate today) {
		List<Kind> kinds = new ArrayList<>();
		if (this.openCases > 0) {
			kinds.add(Kind.CASE);
		}
		if (this.openWarnings > 0) {
			kinds.add(Kind.WARNING);
		}
		if (dueSoon(today)) {
			kinds.add(Kind.DEADLINE);
		}
		return kinds;
	}

	/**
	 * A kind of risk, and the student list's risk filter.
	 */
	public enum Kind {

		/** Any of the others. */
		ANY,
		/** An open diversion case. */
		CASE,
		/** An open warning. */
		WARNING,
		/** An unmet check due soon. */
		DEADLINE;

		public String messageKey() {
			return "students.risk." + name();
		}

	}

}
