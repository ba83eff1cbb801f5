package com.clinigrad.selection;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A supervisor's score under a scheme: the points of each criterion and their sum, the
 * suspensions the records call for and the end of the two-year exemption.
 *
 * @param exemptUntil the day the exemption ends (exclusive), or {@code null} when there
 * is none
 */
public record ScoreCard(long supervisorId, BigDecimal total, List<CriterionScore> criteria,
		List<DerivedSuspension> suspensions, LocalDate exemptUntil) {

	public ScoreCard {
		criteria = List.copyOf(criteria);
		suspensions = List.copyOf(suspensions);
	}

	/**
	 * A suspension the records call for, with the records that call for it.
	 */
	public record DerivedSuspension(SuspensionReason reason, List<Line> evidence) {

		public DerivedSuspension {
			evidence = List.copyOf(evidence);
		}

	}

}
