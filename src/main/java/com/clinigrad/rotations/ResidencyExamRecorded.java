package com.clinigrad.rotations;

import java.time.LocalDate;

/**
 * A sitting of the residency completion exam (住培结业考核) was recorded, or removed as entered
 * by mistake.
 *
 * @param studentId the student
 * @param satOn the day of the sitting
 * @param passed whether it passed (theory and skills); {@code null} when it was removed
 */
public record ResidencyExamRecorded(long studentId, LocalDate satOn, Boolean passed) {
}
