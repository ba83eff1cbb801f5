package com.clinigrad.eligibility.rules;

import java.time.LocalDate;

/**
 * {@code THESIS_ABSTRACT_ZH} and {@code THESIS_ABSTRACT_EN}: the abstract is no longer
 * than the maximum.
 */
public final class AbstractLengthRule implements Requirement {

	private final boolean chinese;

	private final int maximum;

	public boolean chinese() {
		return this.chinese;
	}

	public int maximum() {
		return this.maximum;
	}

	public AbstractLengthRule(boolean chinese, int maximum) {
		this.chinese = chinese;
		this.maximum = maximum;
	}

	@Override
	public String code() {
		return this.chinese ? "THESIS_ABSTRACT_ZH" : "THESIS_ABSTRACT_EN";
	}

	@Override
	public Gate gate() {
		return Gate.DEFEND;
	}

	@Override
	public CheckResult check(AuditSnapshot snapshot, LocalDate asOf) {
		String required = Numbers.format(this.maximum);
		if (snapshot.thesis() == null) {
			return result(CheckStatus.PENDING, required, CheckValue.NONE.code(), "audit.thesis.none");
		}
		int chars = this.chinese ? snapshot.thesis().abstractZhChars() : snapshot.thesis().abstractEnChars();
		String actual = Numbers.format(chars);
		if (chars <= this.maximum) {
			return result(CheckStatus.PASS, required, actual, "audit.abstract.met", actual, this.maximum);
		}
		return result(CheckStatus.FAIL, required, actual, "audit.abstract.long", actual, this.maximum);
	}

}
