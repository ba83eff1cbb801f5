package com.clinigrad.teaching;

import java.math.BigDecimal;
import java.util.List;

import com.clinigrad.supervisors.SupervisorRef;

/**
 * A person's workload in a year explained: per activity the quantity, the weight in
 * force, the points it gives and the records it was counted from.
 */
public record WorkloadDetail(SupervisorRef person, int year, List<Line> lines, BigDecimal total) {

	/**
	 * One activity of the person's year.
	 *
	 * @param weight the weight row in force, or {@code null} when none is set
	 * @param points quantity × weight
	 */
	public record Line(WorkloadActivity activity, BigDecimal quantity, WorkloadWeight weight, BigDecimal points,
			List<WorkloadItem> items) {
	}

}
