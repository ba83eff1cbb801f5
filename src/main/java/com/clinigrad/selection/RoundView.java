package com.clinigrad.selection;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A year's selection round.
 *
 * @param schemeYear the year of the scheme it was computed with
 */
public record RoundView(long id, int year, long schemeId, int schemeYear, LocalDate asOf, RoundState state,
		Instant computedAt, String computedBy, Instant publishedAt, String publishedBy, long version) {

	public boolean published() {
		return this.state == RoundState.PUBLISHED;
	}

}
