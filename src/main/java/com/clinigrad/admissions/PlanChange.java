package com.clinigrad.admissions;

import java.time.Instant;

/**
 * One change of an enrollment plan line: the places before (none for a new line) and
 * after, who changed it, when and why.
 */
public record PlanChange(String programCode, String disciplineCode, Integer plannedBefore, int plannedAfter,
		String reason, String changedBy, Instant changedAt) {
}
