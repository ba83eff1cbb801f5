package com.clinigrad.eligibility.rules;

import java.time.LocalDate;

/**
 * {@code BLIND_REVIEW}: at least the minimum number of blind reviews recorded in this
 * round and no more disagreeing ones than the program tolerates (parameter
 * {@code maxDisagree}, default 0: any disagree blocks this round).
 */
public final class BlindReviewRule implements Requirement {

	private final int minimum;

	private final int maxDisagree;

	public int minimum() {
		return this.minimum;
	}

	public int maxDisagree() {
		return this.maxDisagree;
	}

	public BlindReviewRule(int minimum, int maxDisagree) {
		this.minimum = minimum;
		this.maxDisagree = maxDisagree;
	}

	@Override
	public String code() {
		return "BLIND_REVIEW";
	}

	@Override
	public Gate gate() {
		return Gate.DEFEND;
	}

	@Override
	public CheckResult check(AuditSnapshot snapshot, LocalDate asOf) {
		long recorded = snapshot.reviews().size();
		long disagree = snapshot.reviews().stream().filter(AuditSnapshot.Review::disagrees).count();
		String required = Numbers.format(this.minimum);
		String actual = Numbers.format(recorded);
		if (disagree > this.maxDisagree) {
			return result(CheckStatus.FAIL, required, actual, "audit.blindReview.disagree", disagree, recorded);
		}
		if (recorded >= this.minimum) {
			return result(CheckStatus.PASS, required, actual, "audit.blindReview.met", recorded);
		}
		return result(CheckStatus.PENDING, required, actual, "audit.blindReview.short", recorded, this.minimum);
	}

}
