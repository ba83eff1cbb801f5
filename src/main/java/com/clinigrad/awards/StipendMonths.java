package com.clinigrad.awards;

import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.util.List;

import com.clinigrad.students.StatusChangeView;
import com.clinigrad.students.StudentStatus;

/**
 * Which months a monthly award pays, pure. A stipend is paid for a month when the student
 * was enrolled on its first day, read from the status history: it stops the month after a
 * delay (延期) begins and starts again the first full month after the return. An award paid
 * fewer than twelve months a year is paid the first months of the school year, from
 * September (ten months: September to June).
 */
public final class StipendMonths {

	private StipendMonths() {
	}

	/**
	 * @param current the student's status now
	 * @param changes the status changes, oldest first
	 * @return the status in force on the day
	 */
	public static StudentStatus statusOn(StudentStatus current, List<StatusChangeView> changes, LocalDate day) {
		StatusChangeView last = null;
		for (StatusChangeView change : changes) {
			if (!change.effectiveOn().isAfter(day)) {
				last = change;
			}
		}
		if (last != null) {
			return last.to();
		}
		if (!changes.isEmpty()) {
			StatusChangeView first = changes.get(0);
			return (first.from() != null) ? first.from() : first.to();
		}
		return current;
	}

	/**
	 * @return the change that started the status in force on the day, or {@code null}
	 */
	public static StatusChangeView since(List<StatusChangeView> changes, LocalDate day) {
		StatusChangeView last = null;
		for (StatusChangeView change : changes) {
			if (!change.effectiveOn().isAfter(day)) {
				last = change;
			}
		}
		return last;
	}

	/**
	 * @param months the months a year the award pays
	 * @return whether the month is one of them
	 */
	public static boolean paidMonth(int months, YearMonth month) {
		if (months >= 12) {
			return true;
		}
		int fromSeptember = Math.floorMod(month.getMonthValue() - Month.SEPTEMBER.getValue(), 12);
		return fromSeptember < months;
	}

}
