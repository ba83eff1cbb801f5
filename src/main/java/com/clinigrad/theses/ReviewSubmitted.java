package com.clinigrad.theses;

/**
 * A blind reviewer submitted a verdict. Carries no reviewer: blind review is anonymous
 * both ways, and whoever listens must not learn who reviewed.
 *
 * @param studentId the student whose thesis was reviewed
 * @param roundNo the review round
 * @param roundComplete whether every review of the round is now in
 */
public record ReviewSubmitted(long studentId, int roundNo, boolean roundComplete) {
}
