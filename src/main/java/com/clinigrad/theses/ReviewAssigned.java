package com.clinigrad.theses;

import java.time.LocalDate;

/**
 * A blind review was assigned to an expert. Carries no student, thesis title or
 * supervisor: blind review is anonymous both ways, and whoever listens (the
 * notifications) must not be able to tell the expert whose thesis it is.
 *
 * @param reviewerStaffNo the expert's staff number
 * @param code the review's code, all the expert knows the review by
 * @param dueOn the day the review is due
 */
public record ReviewAssigned(String reviewerStaffNo, String code, LocalDate dueOn) {
}
