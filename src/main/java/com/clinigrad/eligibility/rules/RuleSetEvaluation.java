package com.clinigrad.eligibility.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Evaluates a rule set over a snapshot, the pure step of a degree audit (the service that
 * gathers the snapshot and the waivers is the module's {@code DegreeAudit}):
 * {@code eligibleToDefend} when every emitted check that gates the defense is
 * {@code PASS} or {@code WAIVED}, {@code eligibleForDegree} when every emitted check is.
 */
public final class RuleSetEvaluation {

	private RuleSetEvaluation() {
	}

	/**
	 * @param waivedRules the codes of the checks waived for this student
	 */
	public static AuditOutcome run(RuleSet ruleSet, AuditSnapshot snapshot, LocalDate asOf, Set<String> waivedRules) {
		java.util.Map<String, WaiverInForce> waivers = new java.util.HashMap<>();
		for (String rule : waivedRules) {
			waivers.put(rule, null);
		}
		return run(ruleSet, snapshot, asOf, waivers);
	}

	/**
	 * @param waivers the approved exceptions of this student by rule code (a {@code null}
	 * value waives without saying who)
	 */
	public static AuditOutcome run(RuleSet ruleSet, AuditSnapshot snapshot, LocalDate asOf,
			java.util.Map<String, WaiverInForce> waivers) {
		List<CheckResult> checks = new ArrayList<>();
		for (Requirement requirement : ruleSet.requirements()) {
			if (!requirement.appliesTo(snapshot)) {
				continue;
			}
			CheckResult result = requirement.check(snapshot, asOf);
			if (waivers.containsKey(requirement.code()) && !result.status().satisfied()) {
				WaiverInForce waiver = waivers.get(requirement.code());
				result = (waiver != null) ? result.waived(waiver.approvedBy(), waiver.reason()) : result.waived();
			}
			checks.add(result);
		}
		boolean defend = checks.stream()
			.filter((check) -> check.gate() == Gate.DEFEND)
			.allMatch((check) -> check.status().satisfied());
		boolean degree = checks.stream().allMatch((check) -> check.status().satisfied());
		return new AuditOutcome(snapshot.studentNo(), snapshot.programCode(), ruleSet.version(), asOf, defend, degree,
				checks);
	}

}
