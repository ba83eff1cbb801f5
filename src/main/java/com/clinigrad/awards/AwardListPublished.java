package com.clinigrad.awards;

import java.time.LocalDate;
import java.util.Set;

/**
 * A selection round's list was published for objections (公示): the students of its
 * population may read it and object until the last day.
 *
 * @param studentIds the students of the population
 * @param publishedBy the username of whoever published it
 */
public record AwardListPublished(long roundId, String schemeName, String schemeNameEn, LocalDate publicityEnd,
		Set<Long> studentIds, String publishedBy) {
}
