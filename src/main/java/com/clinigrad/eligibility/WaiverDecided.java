package com.clinigrad.eligibility;

/**
 * A waiver's decision was recorded: a step approved or rejected it, or the graduate
 * school revoked it. When it comes into force or ends, the student's check changes, so
 * their warnings and cases are re-checked.
 *
 * @param waiverId the waiver
 * @param studentId its student
 * @param ruleCode the check it concerns
 * @param status where it stands now
 */
public record WaiverDecided(long waiverId, long studentId, String ruleCode, WaiverStatus status) {
}
