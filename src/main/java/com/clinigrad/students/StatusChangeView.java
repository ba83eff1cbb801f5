package com.clinigrad.students;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A status change as the detail page shows it.
 */
public record StatusChangeView(StudentStatus from, StudentStatus to, LocalDate effectiveOn, String reason,
		String evidence, String changedBy, Instant changedAt) {
}
