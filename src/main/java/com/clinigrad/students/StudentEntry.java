package com.clinigrad.students;

/**
 * One student of an import file, with the references the caller resolved once for the
 * whole file ({@link StudentRegistry#importStudents}).
 *
 * @param command the record's data by natural keys
 * @param status the status the file gives
 * @param hospitalId the hospital of {@code command.hospitalCode()}, or {@code null}
 * @param supervisorId the supervisor of {@code command.supervisorStaffNo()}
 * @param coSupervisorId the co-supervisor, or {@code null}
 */
public record StudentEntry(StudentCommand command, StudentStatus status, Long hospitalId, long supervisorId,
		Long coSupervisorId) {
}
