package com.clinigrad.supervisors;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * What the conditions look at for one applicant on one day: title, highest degree, the
 * grants held and the publications of the achievement register.
 */
public record ApplicantRecord(TitleLevel titleLevel, HighestDegree highestDegree, List<GrantView> grants,
		List<SupervisorPublications.Publication> publications, LocalDate asOf) {

	public ApplicantRecord {
		grants = List.copyOf(grants);
		publications = List.copyOf(publications);
	}

	/**
	 * @return the amounts of the grants running on the day, summed
	 */
	public BigDecimal fundingOn(LocalDate day) {
		return this.grants.stream()
			.filter((grant) -> grant.runsOn(day))
			.map(GrantView::amount)
			.reduce(BigDecimal.ZERO, BigDecimal::add);
	}

	/**
	 * @return the publications published within so many years up to the day (a
	 * publication without a date does not count)
	 */
	public int publicationsWithin(int years) {
		LocalDate from = this.asOf.minusYears(years);
		return (int) this.publications.stream()
			.filter((p) -> p.publishedOn() != null && p.publishedOn().isAfter(from)
					&& !p.publishedOn().isAfter(this.asOf))
			.count();
	}

}
