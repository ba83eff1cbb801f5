package com.clinigrad.eligibility.rules;

import java.time.LocalDate;

/**
 * {@code MSF_DONE} (a program's own check, PUMCH-POSTDOC): at least {@code min} 360°
 * evaluation rounds of the trainee closed by the as-of date. Until then the check waits.
 */
public final class MsfDoneRule implements Requirement {

	static final String CODE = "MSF_DONE";

	private final int minimum;

	public MsfDoneRule(int minimum) {
		this.minimum = minimum;
	}

	@Override
	public String code() {
		return CODE;
	}

	@Override
	public Gate gate() {
		return Gate.DEFEND;
	}

	@Override
	public CheckResult check(AuditSnapshot snapshot, LocalDate asOf) {
		long closed = snapshot.training().msfRoundsClosedOn().stream().filter((on) -> !on.isAfter(asOf)).count();
		String required = String.valueOf(this.minimum);
		if (closed >= this.minimum) {
			return result(CheckStatus.PASS, required, String.valueOf(closed), "audit.msf.met", closed, this.minimum);
		}
		return result(CheckStatus.PENDING, required, String.valueOf(closed), "audit.msf.short", closed, this.minimum);
	}

}
