package com.clinigrad.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * A month of a person's calendar as the month view draws it: whole weeks from Monday,
 * each day with the items on it (an item lasting several days is on each of them,
 * labelled on its first day and on each Monday), and the month's items as a list for
 * small screens.
 *
 * @param agenda the items overlapping the month, by first day
 * @param kinds the kinds present, for the legend
 */
public record MonthView(YearMonth month, LocalDate today, List<Week> weeks, List<CalendarItem> agenda,
		List<CalendarItemKind> kinds) {

	static MonthView of(YearMonth month, LocalDate today, List<CalendarItem> items) {
		LocalDate first = month.atDay(1);
		LocalDate last = month.atEndOfMonth();
		LocalDate day = first.minusDays(first.getDayOfWeek().getValue() - 1L);
		List<Week> weeks = new ArrayList<>();
		while (!day.isAfter(last)) {
			List<Day> days = new ArrayList<>();
			for (int i = 0; i < 7; i++) {
				LocalDate date = day;
				List<Entry> entries = new ArrayList<>();
				boolean holiday = false;
				boolean workday = false;
				for (CalendarItem item : items) {
					if (!item.on(date)) {
						continue;
					}
					holiday |= item.kind() == CalendarItemKind.HOLIDAY;
					workday |= item.kind() == CalendarItemKind.WORKDAY;
					entries.add(new Entry(item, date.equals(item.start()) || date.getDayOfWeek() == DayOfWeek.MONDAY,
							date.isAfter(item.start()), date.isBefore(item.end())));
				}
				days.add(new Day(date, YearMonth.from(date).equals(month), date.equals(today),
						date.getDayOfWeek().getValue() >= 6 && !workday, holiday, entries));
				day = day.plusDays(1);
			}
			weeks.add(new Week(days));
		}
		List<CalendarItem> agenda = items.stream()
			.filter((item) -> !item.end().isBefore(first) && !item.start().isAfter(last))
			.toList();
		Set<CalendarItemKind> kinds = EnumSet.noneOf(CalendarItemKind.class);
		agenda.forEach((item) -> kinds.add(item.kind()));
		return new MonthView(month, today, weeks, agenda, List.copyOf(kinds));
	}

	/**
	 * @return the month before, as {@code ?month=} takes it
	 */
	public String previous() {
		return this.month.minusMonths(1).toString();
	}

	/**
	 * @return the month after, as {@code ?month=} takes it
	 */
	public String next() {
		return this.month.plusMonths(1).toString();
	}

	/**
	 * @return the month shown, as {@code ?month=} takes it
	 */
	public String code() {
		return this.month.toString();
	}

	/**
	 * @return the month of today, as {@code ?month=} takes it
	 */
	public String todayMonth() {
		return YearMonth.from(this.today).toString();
	}

	/**
	 * @return the first day of the month, for the title's date format
	 */
	public LocalDate firstDay() {
		return this.month.atDay(1);
	}

	/**
	 * A row of the grid.
	 */
	public record Week(List<Day> days) {
	}

	/**
	 * A cell of the grid.
	 *
	 * @param inMonth whether it belongs to the month shown (not to the weeks' overhang)
	 * @param weekend a Saturday or Sunday that is not worked
	 * @param holiday a public holiday of the school calendar
	 */
	public record Day(LocalDate date, boolean inMonth, boolean today, boolean weekend, boolean holiday,
			List<Entry> entries) {
	}

	/**
	 * An item on a day.
	 *
	 * @param label whether the day shows the item's title (its first day, or a Monday it
	 * continues into)
	 * @param continuesBefore whether it began on an earlier day
	 * @param continuesAfter whether it goes on after this day
	 */
	public record Entry(CalendarItem item, boolean label, boolean continuesBefore, boolean continuesAfter) {
	}

}
