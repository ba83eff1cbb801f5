package com.clinigrad.rotations;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * How many trainees each department holds on each day of a period, from the rotations
 * that overlap it: a difference array per department (+1 on a rotation's first day, −1
 * after its last), whose running sum is the day's headcount. Linear in rotations plus
 * days, so that a hospital's year is counted in milliseconds.
 */
final class DailyHeadcount {

	private final LocalDate first;

	private final int days;

	private final Map<Long, int[]> deltas = new HashMap<>();

	/**
	 * @param first the first day counted
	 * @param last the last day counted
	 */
	DailyHeadcount(LocalDate first, LocalDate last) {
		this.first = first;
		this.days = (int) ChronoUnit.DAYS.between(first, last) + 1;
	}

	/**
	 * Counts a rotation (both days inclusive), clipped to the period.
	 */
	void add(long department, LocalDate start, LocalDate end) {
		int from = (int) Math.max(0, ChronoUnit.DAYS.between(this.first, start));
		int to = (int) Math.min(this.days - 1L, ChronoUnit.DAYS.between(this.first, end));
		if (from > to) {
			return;
		}
		int[] delta = this.deltas.computeIfAbsent(department, (d) -> new int[this.days + 1]);
		delta[from]++;
		delta[to + 1]--;
	}

	/**
	 * @return per department, the most trainees on one day of each calendar month of the
	 * period, the period's first month first
	 */
	Map<Long, int[]> monthlyPeaks(int months) {
		YearMonth firstMonth = YearMonth.from(this.first);
		Map<Long, int[]> peaks = new HashMap<>();
		this.deltas.forEach((department, delta) -> {
			int[] peak = new int[months];
			int count = 0;
			for (int day = 0; day < this.days; day++) {
				count += delta[day];
				int month = (int) ChronoUnit.MONTHS.between(firstMonth, YearMonth.from(this.first.plusDays(day)));
				if (month < months) {
					peak[month] = Math.max(peak[month], count);
				}
			}
			peaks.put(department, peak);
		});
		return peaks;
	}

	/**
	 * @return the first day on which the department holds more than {@code capacity}
	 */
	Optional<LocalDate> firstDayOver(long department, int capacity) {
		int[] delta = this.deltas.get(department);
		if (delta == null) {
			return Optional.empty();
		}
		int count = 0;
		for (int day = 0; day < this.days; day++) {
			count += delta[day];
			if (count > capacity) {
				return Optional.of(this.first.plusDays(day));
			}
		}
		return Optional.empty();
	}

	/**
	 * @return the days on which the department holds more than {@code capacity}: the
	 * first, how many and the most on one of them, if any
	 */
	Optional<com.clinigrad.organization.DepartmentLoad.Overload> overload(long department, int capacity) {
		int[] delta = this.deltas.get(department);
		if (delta == null) {
			return Optional.empty();
		}
		LocalDate firstDay = null;
		int days = 0;
		int peak = 0;
		int count = 0;
		for (int day = 0; day < this.days; day++) {
			count += delta[day];
			if (count > capacity) {
				firstDay = (firstDay != null) ? firstDay : this.first.plusDays(day);
				days++;
				peak = Math.max(peak, count);
			}
		}
		return (firstDay != null)
				? Optional.of(new com.clinigrad.organization.DepartmentLoad.Overload(firstDay, days, peak))
				: Optional.empty();
	}

}
