package com.clinigrad.achievements;

import java.time.LocalDate;

/**
 * An achievement as the student enters it.
 *
 * @param kind {@code MEDICAL_LICENSE}, {@code RESIDENCY_COMPLETION}, {@code PUBLICATION},
 * {@code GRANT}, {@code PATENT} or {@code AWARD}
 */
public record ClaimCommand(String kind, String title, String journal, String indexing, Integer authorPosition,
		boolean relatedToThesis, String articleType, LocalDate obtainedOn, String detail, String coAuthors) {
}
