package com.clinigrad.teaching;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * One weight of the workload as the graduate school set it: it holds from its year on
 * until a later row for the same activity.
 */
public record WorkloadWeight(long id, WorkloadActivity activity, int fromYear, BigDecimal weight, String reason,
		String setBy, Instant setAt) {
}
