package com.clinigrad.rotations;

import java.time.LocalDate;

/**
 * A student to place in a department for a date range (end inclusive).
 *
 * @param overrideReason why a department outside the student's plan is used, or
 * {@code null}
 */
public record ScheduleCommand(String studentNo, long departmentId, LocalDate startDate, LocalDate endDate,
		boolean chiefResident, String overrideReason) {
}
