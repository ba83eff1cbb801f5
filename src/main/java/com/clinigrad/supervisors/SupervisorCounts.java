package com.clinigrad.supervisors;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;

/**
 * The supervisors of a year as the annual report counts them (exchange format v1.1): the
 * holders of each qualification, the holders of either by title level and age band
 * (people without a birth year left out of this table only; every title and band present,
 * 0 when none), and the students in training for the student : supervisor ratio.
 *
 * @param programCode the program the figures are narrowed to, or {@code null}
 * @param supervisors the holders of either qualification
 * @param studentsInTraining the students enrolled or delayed (of the program)
 * @param withoutBirthYear the holders left out of the table for want of a birth year
 */
public record SupervisorCounts(int year, String programCode, long master, long doctoral, long supervisors,
		Map<TitleLevel, Map<AgeBand, Long>> byTitleAndAge, long withoutBirthYear, long studentsInTraining) {

	public SupervisorCounts {
		byTitleAndAge = Map.copyOf(byTitleAndAge);
	}

	/**
	 * @return students in training per supervisor (生师比), to 2 decimals half-up; 0 without
	 * supervisors
	 */
	public BigDecimal studentsPerSupervisor() {
		if (this.supervisors == 0) {
			return BigDecimal.ZERO.setScale(2);
		}
		return BigDecimal.valueOf(this.studentsInTraining)
			.divide(BigDecimal.valueOf(this.supervisors), 2, RoundingMode.HALF_UP);
	}

	/**
	 * @return the holders of a title level in one age band
	 */
	public long count(TitleLevel title, AgeBand band) {
		return this.byTitleAndAge.get(title).get(band);
	}

	/**
	 * @return the holders of a title level with a birth year
	 */
	public long total(TitleLevel title) {
		return this.byTitleAndAge.get(title).values().stream().mapToLong(Long::longValue).sum();
	}

	/**
	 * @return the holders of any title in one age band
	 */
	public long total(AgeBand band) {
		return this.byTitleAndAge.values().stream().mapToLong((bands) -> bands.get(band)).sum();
	}

}
