package com.clinigrad.rotations;

import java.time.LocalDate;

/**
 * A rotation as recorded.
 *
 * @param subspecialty the third-level discipline the department trains, or {@code null}
 * @param examResult {@code null} = not yet
 * @param retakeResult {@code null} = none
 */
public record RotationView(String hospitalCode, String departmentCode, String departmentName, String subspecialty,
		LocalDate startDate, LocalDate endDate, boolean chiefResident, ExamResult examResult, ExamResult retakeResult) {
}
