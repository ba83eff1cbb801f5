package com.clinigrad.eligibility.rules;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.Optional;

import com.clinigrad.eligibility.rules.AuditSnapshot.Osce;

/**
 * {@code OSCE_PASSED} (a program's own check, PUMCH-POSTDOC): the latest closed OSCE with
 * a verdict (every station scored) held by the as-of date passed. An OSCE with a station
 * left unscored gives no verdict and is not counted.
 */
public final class OscePassedRule implements Requirement {

	static final String CODE = "OSCE_PASSED";

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
		Optional<Osce> latest = snapshot.training()
			.osces()
			.stream()
			.filter(Osce::complete)
			.filter((osce) -> !osce.heldOn().isAfter(asOf))
			.max(Comparator.comparing(Osce::heldOn));
		if (latest.isEmpty()) {
			return result(CheckStatus.PENDING, CheckValue.PASS.code(), CheckValue.NONE.code(), "audit.osce.none");
		}
		String held = latest.get().heldOn().toString();
		if (latest.get().passed()) {
			return result(CheckStatus.PASS, CheckValue.PASS.code(), CheckValue.PASS.code(), "audit.osce.passed", held);
		}
		return result(CheckStatus.FAIL, CheckValue.PASS.code(), CheckValue.FAIL.code(), "audit.osce.failed", held);
	}

}
