package com.clinigrad.eligibility;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import com.clinigrad.eligibility.rules.AuditOutcome;
import com.clinigrad.eligibility.rules.CheckResult;
import com.clinigrad.eligibility.rules.CheckStatus;

/**
 * When each unmet check of a student's degree audit falls due (pure, no clock): a check
 * under an approved extension by the extension's date; the medical license by the rule
 * set's deadline (the end of semester 5); the thesis proposal by the end of the first
 * year, when the scan starts warning of it; every other check by the end of the program's
 * standard length (30 June of the graduation year, a year later for each year that has
 * passed since, as a delay adds a year at a time).
 */
final class CheckDeadlines {

	private static final String MILESTONE_PROPOSAL = "MILESTONE_PROPOSAL";

	private CheckDeadlines() {
	}

	/**
	 * @return the day after which a missing thesis proposal is overdue (the scan's
	 * warning)
	 */
	static LocalDate proposalDue(int cohortYear) {
		return LocalDate.of(cohortYear + 1, 6, 30);
	}

	/**
	 * @return 30 June of the graduation year, or of a later year when that one has passed
	 */
	static LocalDate degreeDue(int cohortYear, int standardYears, LocalDate today) {
		LocalDate due = LocalDate.of(cohortYear + standardYears, 6, 30);
		while (due.isBefore(today)) {
			due = due.plusYears(1);
		}
		return due;
	}

	/**
	 * @param ruleDeadlines the deadlines the student's rule set names, by rule code
	 * @param extensions the approved extensions in force, by rule code
	 * @return the audit's unmet checks with the day each falls due, earliest first (a
	 * check waived for good is met)
	 */
	static List<Deadline> of(int cohortYear, int standardYears, AuditOutcome outcome,
			Map<String, LocalDate> ruleDeadlines, Map<String, LocalDate> extensions, LocalDate today) {
		List<Deadline> deadlines = new ArrayList<>();
		for (CheckResult check : outcome.checks()) {
			if (check.status() == CheckStatus.PASS) {
				continue;
			}
			if (check.status() == CheckStatus.WAIVED) {
				if (extensions.containsKey(check.rule())) {
					deadlines.add(new Deadline(check.rule(), extensions.get(check.rule()), true));
				}
				continue;
			}
			LocalDate due = ruleDeadlines.get(check.rule());
			if (due == null) {
				due = MILESTONE_PROPOSAL.equals(check.rule()) ? proposalDue(cohortYear)
						: degreeDue(cohortYear, standardYears, today);
			}
			deadlines.add(new Deadline(check.rule(), due, false));
		}
		deadlines.sort(Comparator.comparing(Deadline::dueOn).thenComparing(Deadline::rule));
		return deadlines;
	}

	/**
	 * An unmet check and the day it falls due.
	 *
	 * @param extended whether the day is that of an approved extension
	 */
	record Deadline(String rule, LocalDate dueOn, boolean extended) {

	}

}
