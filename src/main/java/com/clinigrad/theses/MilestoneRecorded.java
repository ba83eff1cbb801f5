package com.clinigrad.theses;

/**
 * A milestone session (proposal, mid-term, pre-defense, defense, …) recorded its outcome.
 *
 * @param studentId the student
 * @param type the milestone
 * @param result its result
 */
public record MilestoneRecorded(long studentId, MilestoneType type, MilestoneResult result) {
}
