package com.clinigrad.supervisors;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A qualification application as the pages show it.
 */
public record ApplicationView(long id, long supervisorId, String staffNo, String supervisorName, int year,
		QualificationKind kind, ApplicationType type, QualificationCategory category, ApplicationState state,
		HighestDegree highestDegree, String teaching, String statement, Instant submittedAt, String checkedBy,
		Instant checkedAt, String checkNote, Integer votesFor, Integer votesAgainst, Integer votesAbstain,
		LocalDate decidedOn, String decisionNo, Long qualificationId, long version) {
}
