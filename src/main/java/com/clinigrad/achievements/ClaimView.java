package com.clinigrad.achievements;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * An achievement entered by a student, with the staff decision.
 */
public record ClaimView(long id, String studentNo, String studentName, String hospitalCode, AchievementKind kind,
		String title, String journal, PublicationIndexing indexing, Integer authorPosition, boolean relatedToThesis,
		String articleType, LocalDate obtainedOn, String detail, String coAuthors, ClaimStatus status, String reason,
		String enteredBy, OffsetDateTime enteredAt, String decidedBy, long version) {
}
