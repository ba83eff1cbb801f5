package com.clinigrad.supervisors;

import java.time.LocalDate;

/**
 * The degree committee's vote granted a supervisor a qualification (导师资格获批).
 *
 * @param validUntil the re-review day, {@code null} when the kind is not re-reviewed
 */
public record QualificationGranted(long supervisorId, String staffNo, QualificationKind kind, LocalDate grantedOn,
		LocalDate validUntil, String decisionNo) {
}
