package com.clinigrad.theses;

import java.time.LocalDate;

/**
 * One sitting of a milestone ({@code PROPOSAL}, {@code MIDTERM},
 * {@code STAGE_ASSESSMENT}, {@code THESIS_PROGRESS}, {@code PRE_DEFENSE},
 * {@code CLINICAL_COMPETENCY}, {@code DEFENSE}) and its result.
 */
public record MilestoneView(String type, LocalDate heldOn, MilestoneResult result) {
}
