package com.clinigrad.awards;

/**
 * What an award's amount is counted per (its period).
 */
public enum AmountUnit {

	/** Paid once (a scholarship). */
	ONE_OFF,
	/** Per month, for the months of the year the scheme says. */
	PER_MONTH,
	/** Per year. */
	PER_YEAR,
	/** Per hour worked (勤工俭学). */
	PER_HOUR,
	/** Per teaching session (助教). */
	PER_SESSION,
	/** Per working day (助管). */
	PER_DAY;

	public String messageKey() {
		return "award.unit." + name();
	}

}
