package com.clinigrad.eligibility.rules;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.Optional;

import com.clinigrad.eligibility.rules.AuditSnapshot.Defense;

/**
 * {@code COMPLETION_DEFENSE} (a program's own check, PUMCH-POSTDOC): the latest
 * completion defense (结业答辩) held by the as-of date passed. Gates the exit.
 */
public final class CompletionDefenseRule implements Requirement {

	static final String CODE = "COMPLETION_DEFENSE";

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
		Optional<Defense> latest = snapshot.training()
			.defenses()
			.stream()
			.filter((defense) -> !defense.heldOn().isAfter(asOf))
			.max(Comparator.comparing(Defense::heldOn));
		if (latest.isEmpty()) {
			return result(CheckStatus.PENDING, CheckValue.PASS.code(), CheckValue.NONE.code(),
					"audit.completionDefense.none");
		}
		String held = latest.get().heldOn().toString();
		if (latest.get().passed()) {
			return result(CheckStatus.PASS, CheckValue.PASS.code(), CheckValue.PASS.code(),
					"audit.completionDefense.passed", held);
		}
		return result(CheckStatus.FAIL, CheckValue.PASS.code(), CheckValue.FAIL.code(),
				"audit.completionDefense.failed", held);
	}

}
