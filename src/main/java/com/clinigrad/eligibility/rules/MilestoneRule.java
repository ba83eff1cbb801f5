package com.clinigrad.eligibility.rules;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.Optional;

import com.clinigrad.eligibility.rules.AuditSnapshot.Milestone;

/**
 * {@code MILESTONE_*} and {@code CLINICAL_COMPETENCY}: the latest sitting held by the
 * as-of date passed.
 */
public final class MilestoneRule implements Requirement {

	private final String code;

	private final String milestoneType;

	private final Gate gate;

	public MilestoneRule(String code, String milestoneType, Gate gate) {
		this.code = code;
		this.milestoneType = milestoneType;
		this.gate = gate;
	}

	@Override
	public String code() {
		return this.code;
	}

	@Override
	public Gate gate() {
		return this.gate;
	}

	@Override
	public CheckResult check(AuditSnapshot snapshot, LocalDate asOf) {
		Optional<Milestone> latest = snapshot.milestones()
			.stream()
			.filter((milestone) -> milestone.type().equals(this.milestoneType))
			.filter((milestone) -> !milestone.heldOn().isAfter(asOf))
			.max(Comparator.comparing(Milestone::heldOn));
		if (latest.isEmpty()) {
			return result(CheckStatus.PENDING, CheckValue.PASS.code(), CheckValue.NONE.code(), "audit.milestone.none",
					this.milestoneType);
		}
		String held = latest.get().heldOn().toString();
		if (latest.get().passed()) {
			return result(CheckStatus.PASS, CheckValue.PASS.code(), CheckValue.PASS.code(), "audit.milestone.passed",
					this.milestoneType, held);
		}
		return result(CheckStatus.FAIL, CheckValue.PASS.code(), CheckValue.FAIL.code(), "audit.milestone.failed",
				this.milestoneType, held);
	}

}
