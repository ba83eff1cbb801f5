package com.clinigrad.teaching;

import java.math.BigDecimal;
import java.util.Map;

import com.clinigrad.supervisors.SupervisorRef;

/**
 * One teacher's workload in a year: the quantity of each activity and the weighted total.
 */
public record WorkloadRow(SupervisorRef person, Map<WorkloadActivity, BigDecimal> quantities, BigDecimal total) {

	public BigDecimal quantity(WorkloadActivity activity) {
		return this.quantities.getOrDefault(activity, BigDecimal.ZERO);
	}

}
