package com.clinigrad.eligibility;

import java.util.Set;

import com.clinigrad.accounts.Role;

/**
 * A waiver now waits for a decision: requested, or approved by one step and passed on to
 * the next. Names who may decide (the role, with the student's supervisors and hospital
 * that limit it) and who may not (the accounts that asked or decided before).
 *
 * @param waiverId the waiver
 * @param studentNo the student the waiver is for
 * @param ruleCode the requirement waived
 * @param approver the role whose decision the waiver awaits
 * @param hospitalCode the student's hospital (its office decides that step)
 * @param supervisorStaffNos the student's supervisor and co-supervisor
 * @param excludedAccountIds the accounts that asked for the waiver or decided a step
 */
public record WaiverStepWaiting(long waiverId, String studentNo, String ruleCode, Role approver, String hospitalCode,
		Set<String> supervisorStaffNos, Set<Long> excludedAccountIds) {
}
