package com.clinigrad.supervisors;

import java.time.LocalDate;
import java.util.Map;

/**
 * Whether a supervisor going abroad must name a deputy: once a student of theirs is in
 * the department phase (rotations in progress during the absence), an absence of more
 * than the rule set's {@code deputyAbsenceMonths} (six) needs a deputy (seed 000).
 *
 * @param months the longest absence without a deputy, in months
 */
public record DeputyRule(int months) {

	public static DeputyRule of(Map<String, String> params) {
		String value = params.get("deputyAbsenceMonths");
		return new DeputyRule((value == null || value.isBlank()) ? 6 : Integer.parseInt(value.trim()));
	}

	/**
	 * @param leavesOn the first day away
	 * @param returnsOn the day back
	 * @return whether the absence lasts longer than the rule's months
	 */
	public boolean longAbsence(LocalDate leavesOn, LocalDate returnsOn) {
		return returnsOn.isAfter(leavesOn.plusMonths(this.months));
	}

	/**
	 * @param studentInDepartmentPhase whether a student of the supervisor is in the
	 * department phase during the absence
	 * @return whether the absence needs a deputy
	 */
	public boolean deputyRequired(LocalDate leavesOn, LocalDate returnsOn, boolean studentInDepartmentPhase) {
		return studentInDepartmentPhase && longAbsence(leavesOn, returnsOn);
	}

}
