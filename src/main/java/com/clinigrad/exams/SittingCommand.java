package com.clinigrad.exams;

import java.time.Instant;

/**
 * A sitting as the office sets it up.
 *
 * @param hospitalCode the hospital (the graduate school names it; an office's is its own)
 * @param departmentCode the rotation department whose trainees sit it, or {@code null}
 */
public record SittingCommand(long bankId, String title, String hospitalCode, String departmentCode, Instant opensAt,
		Instant closesAt, int durationMinutes) {
}
