package com.clinigrad.admissions;

/**
 * What the office adds to an admitted applicant's row to make the student record: the
 * student number, the supervisor and, where known, the hospital; everything else comes
 * from the admission.
 */
public record EnrollmentCommand(String studentNo, String supervisorStaffNo, String hospitalCode) {
}
