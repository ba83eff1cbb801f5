package com.clinigrad.achievements;

import java.time.LocalDate;

/**
 * A publication as listed.
 *
 * @param indexing the name of a {@link PublicationIndexing}
 * @param articleType {@code RESEARCH}, {@code REVIEW}, {@code CASE_REPORT} or
 * {@code OTHER}
 * @param coAuthors the other authors' names as written, separated by commas (for the
 * blind-review conflict check)
 */
public record PublicationView(String title, String journal, String indexing, int authorPosition,
		boolean relatedToThesis, String articleType, LocalDate publishedOn, String coAuthors) {
}
