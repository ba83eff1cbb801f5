package com.clinigrad.rotations;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A student's recorded rotations laid against their plan on a day. Each rotation goes to
 * the first plan area its department trains (by sub-specialty, or a word of the
 * department's name) that still needs months, else to the first area it trains, else it
 * counts outside the plan — so that months rotated always show, whichever row of the plan
 * they were scheduled for. Months are counted as the audit counts them: done once the
 * rotation has ended with its exam or retake passed. Pure: no database, no clock.
 *
 * @param areas the months of each plan area, in the plan's order
 * @param outsidePlan the months in departments no plan area matches
 */
public record PlanProgress(List<Months> areas, Months outsidePlan) {

	public PlanProgress {
		areas = List.copyOf(areas);
	}

	/**
	 * @param plan the plan's areas, in order
	 * @param rotations the student's scheduled (not cancelled) rotations
	 */
	public static PlanProgress of(List<RotationArea> plan, List<ScheduledRotation> rotations, LocalDate today) {
		List<Months> areas = new ArrayList<>();
		plan.forEach((area) -> areas.add(Months.NONE));
		Months outside = Months.NONE;
		List<ScheduledRotation> ordered = rotations.stream()
			.sorted(Comparator.comparing(ScheduledRotation::startDate))
			.toList();
		for (ScheduledRotation rotation : ordered) {
			int first = -1;
			int chosen = -1;
			for (int i = 0; i < plan.size() && chosen < 0; i++) {
				if (plan.get(i).matches(rotation.subspecialty(), rotation.departmentName())) {
					first = (first < 0) ? i : first;
					if (areas.get(i).expected().compareTo(BigDecimal.valueOf(plan.get(i).months())) < 0) {
						chosen = i;
					}
				}
			}
			chosen = (chosen < 0) ? first : chosen;
			Stand stand = Stand.of(rotation, today);
			if (chosen < 0) {
				outside = outside.plus(stand, rotation.months());
			}
			else {
				areas.set(chosen, areas.get(chosen).plus(stand, rotation.months()));
			}
		}
		return new PlanProgress(areas, outside);
	}

	/**
	 * Where a rotation stands on a day, for its months.
	 */
	public enum Stand {

		/** Ended (by that day) with the exam or the retake passed: the months count. */
		DONE,
		/** Started and not over yet. */
		IN_PROGRESS,
		/** Not started yet. */
		SCHEDULED,
		/** Ended, the exam (or the retake after a failed exam) not recorded yet. */
		AWAITING_EXAM,
		/** Ended with the exam and the retake failed: the months do not count. */
		NOT_COUNTED;

		static Stand of(ScheduledRotation rotation, LocalDate today) {
			if (rotation.passed() && !rotation.endDate().isAfter(today)) {
				return DONE;
			}
			if (rotation.startDate().isAfter(today)) {
				return SCHEDULED;
			}
			if (!rotation.endDate().isBefore(today)) {
				return IN_PROGRESS;
			}
			return rotation.retakeFailed() ? NOT_COUNTED : AWAITING_EXAM;
		}

	}

	/**
	 * Months of rotations by where they stand (trailing zeros stripped, for display).
	 */
	public record Months(BigDecimal done, BigDecimal inProgress, BigDecimal scheduled, BigDecimal awaitingExam,
			BigDecimal notCounted) {

		static final Months NONE = new Months(BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO,
				BigDecimal.ZERO);

		public Months {
			done = done.stripTrailingZeros();
			inProgress = inProgress.stripTrailingZeros();
			scheduled = scheduled.stripTrailingZeros();
			awaitingExam = awaitingExam.stripTrailingZeros();
			notCounted = notCounted.stripTrailingZeros();
		}

		Months plus(Stand stand, BigDecimal months) {
			return switch (stand) {
				case DONE -> new Months(this.done.add(months), this.inProgress, this.scheduled, this.awaitingExam,
						this.notCounted);
				case IN_PROGRESS -> new Months(this.done, this.inProgress.add(months), this.scheduled,
						this.awaitingExam, this.notCounted);
				case SCHEDULED -> new Months(this.done, this.inProgress, this.scheduled.add(months), this.awaitingExam,
						this.notCounted);
				case AWAITING_EXAM -> new Months(this.done, this.inProgress, this.scheduled,
						this.awaitingExam.add(months), this.notCounted);
				case NOT_COUNTED -> new Months(this.done, this.inProgress, this.scheduled, this.awaitingExam,
						this.notCounted.add(months));
			};
		}

		public Months plus(Months other) {
			return new Months(this.done.add(other.done), this.inProgress.add(other.inProgress),
					this.scheduled.add(other.scheduled), this.awaitingExam.add(other.awaitingExam),
					this.notCounted.add(other.notCounted));
		}

		/**
		 * @return the months done or on their way to count (in progress, scheduled,
		 * waiting for the exam)
		 */
		public BigDecimal expected() {
			return this.done.add(pending());
		}

		/**
		 * @return the months in progress, scheduled or waiting for the exam
		 */
		public BigDecimal pending() {
			return this.inProgress.add(this.scheduled).add(this.awaitingExam).stripTrailingZeros();
		}

		/**
		 * @return the months still to arrange to reach {@code required}, never below zero
		 */
		public BigDecimal remainingOf(BigDecimal required) {
			BigDecimal left = required.subtract(expected());
			return (left.signum() > 0) ? left.stripTrailingZeros() : BigDecimal.ZERO;
		}

		/**
		 * @return whether any rotation is counted here
		 */
		public boolean any() {
			return expected().add(this.notCounted).signum() > 0;
		}

	}

}
