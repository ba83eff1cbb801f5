package com.clinigrad.supervisors;

import java.time.LocalDate;

/**
 * A supervisor going abroad named a deputy (代理导师), who sees and acts for their students
 * from {@code from} to {@code to}.
 */
public record DeputyAppointed(long absenceId, long supervisorId, String supervisorStaffNo, String supervisorName,
		String deputyStaffNo, String deputyName, LocalDate from, LocalDate to, String appointedBy) {
}
