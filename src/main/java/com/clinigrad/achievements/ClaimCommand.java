package com.clinigrad.achievements;

import java.time.LocalDate;

/**
 * An achievement as the student enters it.
 *
 * @param impactFactor the journal's impact factor of an SCI paper, or {@code null}
 */
public record ClaimCommand(AchievementKind kind, String title, String journal, PublicationIndexing indexing,
		Integer authorPosition, boolean relatedToThesis, String articleType, LocalDate obtainedOn, String detail,
		String coAuthors, java.math.BigDecimal impactFactor) {
}
