package com.clinigrad.eligibility.rules;

import java.time.LocalDate;
import java.util.List;

/**
 * The audit of one student on one day: every emitted check, and whether the student may
 * defend and may receive the degree.
 */
public record AuditOutcome(String studentNo, String programCode, String ruleSetVersion, LocalDate asOf,
		boolean eligibleToDefend, boolean eligibleForDegree, List<CheckResult> checks) {

	public AuditOutcome {
		checks = List.copyOf(checks);
	}

}
