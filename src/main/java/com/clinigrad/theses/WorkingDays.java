package com.clinigrad.theses;

import java.time.DayOfWeek;
import java.time.LocalDate;

/**
 * Working days (Monday to Friday) for review deadlines.
 */
final class WorkingDays {

	private WorkingDays() {
	}

	/**
	 * @return the day that is {@code days} working days after {@code from}
	 */
	static LocalDate after(LocalDate from, int days) {
		LocalDate day = from;
		int left = days;
		while (left > 0) {
			day = day.plusDays(1);
			if (working(day)) {
				left--;
			}
		}
		return day;
	}

	/**
	 * @return the working days after {@code from} up to and including {@code to}; 0 when
	 * {@code to} is not after {@code from}
	 */
	static int between(LocalDate from, LocalDate to) {
		int count = 0;
		for (LocalDate day = from.plusDays(1); !day.isAfter(to); day = day.plusDays(1)) {
			if (working(day)) {
				count++;
			}
		}
		return count;
	}

	private static boolean working(LocalDate day) {
		return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY;
	}

}
