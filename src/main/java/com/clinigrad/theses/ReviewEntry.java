package com.clinigrad.theses;

/**
 * A blind-review verdict to record by ids ({@link ThesisRecords#upsertReviews}).
 *
 * @param studentId the student whose thesis was reviewed
 * @param reviewerId the reviewer (a supervisor or expert)
 * @param verdict the verdict
 */
public record ReviewEntry(long studentId, long reviewerId, ReviewVerdict verdict) {
}
