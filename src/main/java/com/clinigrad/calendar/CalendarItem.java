package com.clinigrad.calendar;

import java.time.LocalDate;

/**
 * One date on a person's calendar, in the reader's language.
 *
 * @param uid stable across reads, so that a calendar program updates the event instead of
 * adding it again
 * @param start the first day
 * @param end the last day (the same as {@code start} for a one-day item)
 * @param title what it is, with the student's name where the reader may know it
 * @param detail a place, a result or a count, or {@code null}
 * @param link the page where the reader may see the thing, or {@code null} when there is
 * none they may open
 */
public record CalendarItem(String uid, CalendarItemKind kind, LocalDate start, LocalDate end, String title,
		String detail, String link) {

	/**
	 * @return whether it lasts more than a day
	 */
	public boolean spans() {
		return this.end.isAfter(this.start);
	}

	/**
	 * @return whether it falls on that day
	 */
	public boolean on(LocalDate day) {
		return !day.isBefore(this.start) && !day.isAfter(this.end);
	}

}
