package com.clinigrad.selection;

import java.time.Instant;

/**
 * An appeal as the pages show it.
 */
public record AppealView(long id, long suspensionId, AppealState state, String statement, String submittedBy,
		Instant submittedAt, String decidedBy, Instant decidedAt, String decisionNote, long version) {
}
