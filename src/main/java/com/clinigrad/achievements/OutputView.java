package com.clinigrad.achievements;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A confirmed output of the achievement register as a postdoc's profile lists it: a paper
 * (with its journal, indexing, author position and impact factor), a grant led, a patent
 * or an award.
 *
 * @param impactFactor {@code null} when none was entered
 */
public record OutputView(AchievementKind kind, String title, String journal, PublicationIndexing indexing,
		Integer authorPosition, BigDecimal impactFactor, LocalDate obtainedOn, String detail) {

	public boolean sci() {
		return this.indexing == PublicationIndexing.SCI;
	}

}
