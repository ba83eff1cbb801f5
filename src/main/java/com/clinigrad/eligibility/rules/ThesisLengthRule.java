package com.clinigrad.eligibility.rules;

import java.time.LocalDate;

/**
 * {@code THESIS_LENGTH}: the thesis body has at least the minimum number of characters.
 */
public final class ThesisLengthRule implements Requirement {

	private final int minimum;

	public int minimum() {
		return this.minimum;
	}

	public ThesisLengthRule(int minimum) {
		this.minimum = minimum;
	}

	@Override
	public String code() {
		return "THESIS_LENGTH";
	}

	@Override
	public Gate gate() {
		return Gate.DEFEND;
	}

	@Override
	public CheckResult check(AuditSnapshot snapshot, LocalDate asOf) {
		String required = Numbers.format(this.minimum);
		if (snapshot.thesis() == null) {
			return result(CheckStatus.PENDING, required, CheckValue.NONE.code(), "audit.thesis.none");
		}
		String actual = Numbers.format(snapshot.thesis().bodyChars());
		if (snapshot.thesis().bodyChars() >= this.minimum) {
			return result(CheckStatus.PASS, required, actual, "audit.thesisLength.met", actual, required);
		}
		return result(CheckStatus.FAIL, required, actual, "audit.thesisLength.short", actual, required);
	}

}
