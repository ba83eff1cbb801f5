package com.clinigrad.rotations;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * A student's rotation plan: each area with its required months, the months completed
 * (ended and passed) and scheduled (not ended yet) in departments of that area, and the
 * plan's adjustments.
 */
public record PlanView(String studentNo, String disciplineCode, boolean templateAvailable, List<Item> items,
		List<Change> changes) {

	public PlanView {
		items = List.copyOf(items);
		changes = List.copyOf(changes);
	}

	public int totalMonths() {
		return this.items.stream().mapToInt((item) -> item.area().months()).sum();
	}

	/**
	 * One area of the plan.
	 */
	public record Item(RotationArea area, BigDecimal monthsCompleted, BigDecimal monthsScheduled) {

		public BigDecimal remaining() {
			BigDecimal left = BigDecimal.valueOf(this.area.months())
				.subtract(this.monthsCompleted)
				.subtract(this.monthsScheduled);
			return (left.signum() > 0) ? left : BigDecimal.ZERO;
		}

		public int percentCompleted() {
			if (this.area.months() == 0) {
				return 100;
			}
			return Math.min(100,
					this.monthsCompleted.multiply(BigDecimal.valueOf(100))
						.divide(BigDecimal.valueOf(this.area.months()), 0, java.math.RoundingMode.DOWN)
						.intValue());
		}

		public int percentScheduled() {
			if (this.area.months() == 0) {
				return 0;
			}
			return Math.min(100 - percentCompleted(),
					this.monthsScheduled.multiply(BigDecimal.valueOf(100))
						.divide(BigDecimal.valueOf(this.area.months()), 0, java.math.RoundingMode.DOWN)
						.intValue());
		}

	}

	/**
	 * An adjustment of the plan: what, why, who and when.
	 */
	public record Change(String change, String reason, String actor, OffsetDateTime changedAt) {
	}

}
