package com.clinigrad.exams;

import java.time.Instant;

/**
 * A sitting as the office sets it up.
 *
 * @param hospitalCode the hospital (the graduate school names it; an office's is its own)
 * @param purpose what the sitting is for ({@link SittingPurpose}'s name), where its
 * results go
 * @param departmentCode the rotation department whose trainees sit a rotation theory
 * exam, else {@code null}
 */
public record SittingCommand(long bankId, String title, String hospitalCode, String purpose, String departmentCode,
		Instant opensAt, Instant closesAt, int durationMinutes) {
}
