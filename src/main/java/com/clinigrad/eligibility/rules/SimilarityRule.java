package com.clinigrad.eligibility.rules;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * {@code SIMILARITY}: the recorded similarity (重复率) is at most the maximum; above it,
 * this round's defense eligibility is cancelled. No check recorded is not met.
 */
public final class SimilarityRule implements Requirement {

	private final BigDecimal maximum;

	public BigDecimal maximum() {
		return this.maximum;
	}

	public SimilarityRule(BigDecimal maximum) {
		this.maximum = maximum;
	}

	@Override
	public String code() {
		return "SIMILARITY";
	}

	@Override
	public Gate gate() {
		return Gate.DEFEND;
	}

	@Override
	public CheckResult check(AuditSnapshot snapshot, LocalDate asOf) {
		String required = Numbers.format(this.maximum);
		if (snapshot.thesis() == null || snapshot.thesis().similarityPercent() == null) {
			return result(CheckStatus.PENDING, required, CheckValue.NONE.code(), "audit.similarity.none");
		}
		BigDecimal similarity = snapshot.thesis().similarityPercent();
		String actual = Numbers.format(similarity);
		if (similarity.compareTo(this.maximum) <= 0) {
			return result(CheckStatus.PASS, required, actual, "audit.similarity.met", actual);
		}
		return result(CheckStatus.FAIL, required, actual, "audit.similarity.over", actual,
				Numbers.format(this.maximum));
	}

}
