package com.clinigrad.supervisors;

import java.time.Instant;
import java.time.LocalDate;

/**
 * An absence abroad as the pages show it.
 *
 * @param deputy the deputy, {@code null} for none
 * @param state where it stands today
 */
public record AbsenceView(long id, SupervisorRef supervisor, String destination, String purpose, LocalDate leavesOn,
		LocalDate returnsOn, SupervisorRef deputy, AbsenceState state, String recordedBy, Instant recordedAt) {
}
