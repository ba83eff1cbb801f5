package com.clinigrad.students;

import java.time.LocalDate;

/**
 * A requested status change with its reason and evidence.
 */
public record StatusChangeCommand(StudentStatus target, LocalDate effectiveOn, String reason, String evidence) {
}
