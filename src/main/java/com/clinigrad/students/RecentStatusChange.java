package com.clinigrad.students;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A recent status change, for the dashboards.
 */
public record RecentStatusChange(String studentNo, String name, StudentStatus from, StudentStatus to,
		LocalDate effectiveOn, String reason, String changedBy, Instant changedAt) {
}
