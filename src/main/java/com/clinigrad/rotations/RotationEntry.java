package com.clinigrad.rotations;

import java.time.LocalDate;

/**
 * A rotation to record, keyed by student, department and start date.
 */
public record RotationEntry(long studentId, long departmentId, LocalDate startDate, LocalDate endDate,
		boolean chiefResident, ExamResult examResult, ExamResult retakeResult) {
}
