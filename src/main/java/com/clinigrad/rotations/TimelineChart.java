package com.clinigrad.rotations;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * A student's rotations laid out as bars on a time axis (a Gantt chart), in percent of
 * the axis, with a tick per half year and a line for today.
 */
public record TimelineChart(LocalDate from, LocalDate to, List<Bar> bars, List<Tick> ticks, double todayPercent) {

	public TimelineChart {
		bars = List.copyOf(bars);
		ticks = List.copyOf(ticks);
	}

	/**
	 * @param rotations oldest first
	 */
	public static TimelineChart of(List<ScheduledRotation> rotations, LocalDate today) {
		if (rotations.isEmpty()) {
			return new TimelineChart(today, today, List.of(), List.of(), 0);
		}
		LocalDate from = rotations.get(0).startDate().withDayOfMonth(1);
		LocalDate to = rotations.stream().map(ScheduledRotation::endDate).max(LocalDate::compareTo).orElseThrow();
		to = to.plusMonths(1).withDayOfMonth(1);
		double span = Math.max(1, ChronoUnit.DAYS.between(from, to));
		List<Bar> bars = new ArrayList<>();
		for (ScheduledRotation rotation : rotations) {
			double left = ChronoUnit.DAYS.between(from, rotation.startDate()) * 100 / span;
			double width = (ChronoUnit.DAYS.between(rotation.startDate(), rotation.endDate()) + 1) * 100 / span;
			bars.add(new Bar(rotation, rotation.state(today), left, Math.max(width, 0.8)));
		}
		List<Tick> ticks = new ArrayList<>();
		ticks.add(new Tick(label(from), 0));
		LocalDate tick = from.withMonth(from.getMonthValue() <= 6 ? 1 : 7).withDayOfMonth(1);
		while (!tick.isAfter(to)) {
			if (tick.isAfter(from) && ChronoUnit.DAYS.between(from, tick) * 100 / span > 6) {
				ticks.add(new Tick(label(tick), ChronoUnit.DAYS.between(from, tick) * 100 / span));
			}
			tick = tick.plusMonths(6);
		}
		double todayPercent = ChronoUnit.DAYS.between(from, today) * 100 / span;
		return new TimelineChart(from, to, bars, ticks, todayPercent);
	}

	private static String label(LocalDate day) {
		return day.getYear() + "-" + String.format("%02d", day.getMonthValue());
	}

	public boolean showsToday() {
		return this.todayPercent >= 0 && this.todayPercent <= 100;
	}

	/**
	 * One rotation's bar.
	 *
	 * @param state where the rotation stands today
	 */
	public record Bar(ScheduledRotation rotation, RotationState state, double left, double width) {

		public String style() {
			return String.format(java.util.Locale.ROOT, "left:%.2f%%;width:%.2f%%", this.left, this.width);
		}

	}

	/**
	 * A label on the axis.
	 */
	public record Tick(String label, double left) {

		public String style() {
			return String.format(java.util.Locale.ROOT, "left:%.2f%%", this.left);
		}

	}

}
