package com.clinigrad.eligibility.rules;

import java.time.LocalDate;

/**
 * {@code ANNUAL_FEEDBACK} (a program's own check, PUMCH-POSTDOC): the annual one-to-one
 * feedback (年度一对一反馈) signed by the mentor group and the trainee for at least {@code min}
 * training years by the as-of date. A feedback the trainee has not signed yet does not
 * count. Gates the exit.
 */
public final class AnnualFeedbackRule implements Requirement {

	static final String CODE = "ANNUAL_FEEDBACK";

	private final int minimum;

	public AnnualFeedbackRule(int minimum) {
		this.minimum = minimum;
	}

	@Override
	public String code() {
		return CODE;
	}

	@Override
	public Gate gate() {
		return Gate.DEGREE;
	}

	@Override
	public CheckResult check(AuditSnapshot snapshot, LocalDate asOf) {
		long years = snapshot.training().feedbackSignedOn().values().stream().filter((on) -> !on.isAfter(asOf)).count();
		String required = String.valueOf(this.minimum);
		if (years >= this.minimum) {
			return result(CheckStatus.PASS, required, String.valueOf(years), "audit.feedback.met", years, this.minimum);
		}
		return result(CheckStatus.PENDING, required, String.valueOf(years), "audit.feedback.short", years,
				this.minimum);
	}

}
