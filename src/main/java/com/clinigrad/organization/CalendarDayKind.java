package com.clinigrad.organization;

/**
 * How a day of the school calendar differs from Monday–Friday.
 */
public enum CalendarDayKind {

	/** A weekday off (节假日). */
	HOLIDAY,
	/** A weekend day worked (调休上班). */
	WORKDAY;

	/**
	 * @return the word the pages show
	 */
	public String messageKey() {
		return "calendar.kind." + name();
	}

}
