package com.clinigrad.students;

import java.time.LocalDate;

/**
 * A student with their supervisors and where they stand, for the modules that judge
 * supervisors by their students (the enrollment selection).
 *
 * @param coSupervisorId the co-supervisor, or {@code null}
 * @param statusSince the day the current status began, or {@code null}
 */
public record Supervision(long studentId, String studentNo, long supervisorId, Long coSupervisorId, String programCode,
		int cohortYear, StudentStatus status, LocalDate statusSince) {
}
