package com.clinigrad.supervisors;

/**
 * What a supervisor applies for, with the evidence typed on the form (teaching; grants
 * and publications come from their records).
 */
public record ApplicationCommand(QualificationKind kind, ApplicationType type, QualificationCategory category,
		HighestDegree highestDegree, String teaching, String statement) {
}
