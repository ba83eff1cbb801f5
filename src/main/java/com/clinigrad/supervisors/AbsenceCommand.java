package com.clinigrad.supervisors;

import java.time.LocalDate;

/**
 * An absence abroad as recorded by the supervisor or the graduate school.
 *
 * @param returnsOn the day back
 * @param deputyStaffNo the deputy, {@code null} or blank for none
 */
public record AbsenceCommand(String supervisorStaffNo, String destination, String purpose, LocalDate leavesOn,
		LocalDate returnsOn, String deputyStaffNo) {
}
