package com.clinigrad.organization;

/**
 * How a day of the school calendar differs from Monday–Friday.
 */
public enum CalendarDayKind {

	/** A weekday off (节假日). */
	HOLIDAY("danger"),
	/** A weekend day worked (调休上班). */
	WORKDAY("secondary");

	private final String tone;

	CalendarDayKind(String tone) {
		this.tone = tone;
	}

	/**
	 * @return how a page colours it (the suffix of Bootstrap's colour classes)
	 */
	public String tone() {
		return this.tone;
	}

	/**
	 * @return the word the pages show
	 */
	public String messageKey() {
		return "calendar.kind." + name();
	}

}
