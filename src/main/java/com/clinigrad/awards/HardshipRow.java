package com.clinigrad.awards;

import java.time.Instant;

/**
 * A hardship application as the offices' queue lists it.
 */
public record HardshipRow(long id, String studentNo, String name, String hospitalCode, String programCode,
		int cohortYear, int year, HardshipLevel requestedLevel, HardshipState state, HardshipLevel level,
		Instant submittedAt, int files) {
}
