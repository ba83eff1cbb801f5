package com.clinigrad.calendar;

/**
 * What a calendar item is, with how the month view colours it and its icon.
 */
public enum CalendarItemKind {

	/** A rotation of the person or their student (轮转), from its first to its last day. */
	ROTATION("rotation", "bi-hospital"),
	/** A trainee starting in the coordinator's department (入科). */
	ROTATION_START("rotation", "bi-box-arrow-in-right"),
	/** How many trainees start rotations at the office's hospital that day. */
	ROTATIONS_STARTING("rotation", "bi-box-arrow-in-right"),
	/** How many trainees end rotations at the office's hospital that day. */
	ROTATIONS_ENDING("rotation", "bi-box-arrow-right"),
	/** An end-of-rotation exam (出科考核), due on the rotation's last day. */
	EXIT_EXAM("exam", "bi-clipboard-check"),
	/**
	 * How many exit exams at the office's hospital fall due that day and are not
	 * recorded.
	 */
	EXIT_EXAMS_DUE("exam", "bi-clipboard-check"),
	/** The clinical competency exam (临床能力考核). */
	CLINICAL_EXAM("exam", "bi-clipboard2-pulse"),
	/** A residency completion exam sitting (住院医师规范化培训结业考核). */
	RESIDENCY_EXAM("exam", "bi-award"),
	/** A thesis milestone session (开题, 中期考核, 预答辩 …). */
	MILESTONE("milestone", "bi-flag"),
	/** The thesis defense (答辩). */
	DEFENSE("defense", "bi-mortarboard"),
	/** A session on whose panel the person sits. */
	PANEL("milestone", "bi-people"),
	/** The medical licence deadline: the end of semester 5 (医师资格证书). */
	LICENSE_DEADLINE("deadline", "bi-exclamation-octagon"),
	/** One of the person's blind reviews falls due (盲审), named by its code only. */
	REVIEW_DUE("review", "bi-incognito"),
	/** How many blind reviews fall due that day, university-wide. */
	REVIEWS_DUE("review", "bi-incognito"),
	/** A degree committee meeting (学位评定委员会会议). */
	DEGREE_MEETING("meeting", "bi-bank"),
	/** A public holiday on a weekday (节假日). */
	HOLIDAY("holiday", "bi-sun"),
	/** A weekend day worked (调休上班). */
	WORKDAY("workday", "bi-briefcase");

	private final String tone;

	private final String icon;

	CalendarItemKind(String tone, String icon) {
		this.tone = tone;
		this.icon = icon;
	}

	/**
	 * @return the suffix of the month view's colour class ({@code cg-cal-<tone>})
	 */
	public String tone() {
		return this.tone;
	}

	/**
	 * @return the Bootstrap icon
	 */
	public String icon() {
		return this.icon;
	}

	/**
	 * @return the key of the kind's name, for the legend
	 */
	public String messageKey() {
		return "mycal.kind." + name();
	}

	/**
	 * @return the key of an item's title
	 */
	String titleKey() {
		return "mycal.item." + name();
	}

	/**
	 * @return whether it is a day of the school calendar rather than a person's date
	 */
	public boolean schoolDay() {
		return this == HOLIDAY || this == WORKDAY;
	}

}
