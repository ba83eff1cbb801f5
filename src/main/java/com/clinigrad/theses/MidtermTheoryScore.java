package com.clinigrad.theses;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The theory exam score of a student's mid-term assessment (中期考核理论考试), from a released
 * online exam.
 *
 * @param sittingId the exam sitting it came from
 * @param heldOn the day the exam opened
 * @param score out of 100
 * @param examTitle the exam's name
 * @param href the exam page the viewer may follow, or {@code null}
 */
public record MidtermTheoryScore(long sittingId, LocalDate heldOn, BigDecimal score, String examTitle, String href) {
}
