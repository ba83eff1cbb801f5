package com.clinigrad.teaching;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * One weight of the workload as the graduate school set it: it holds from its year on
 * until a later row for the same activity.
 *
 * @param setBy the login of who set it
 * @param setByName their name
 */
public record WorkloadWeight(long id, WorkloadActivity activity, int fromYear, BigDecimal weight, String reason,
		String setBy, String setByName, Instant setAt) {
}
