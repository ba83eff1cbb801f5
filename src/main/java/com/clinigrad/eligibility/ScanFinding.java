package com.clinigrad.eligibility;

/**
 * One warning raised or diversion case opened by the scan.
 *
 * @param caseId the warning's or case's id
 * @param studentId the student
 * @param studentNo the student's number
 * @param trigger what was found
 */
public record ScanFinding(long caseId, long studentId, String studentNo, CaseTrigger trigger) {
}
