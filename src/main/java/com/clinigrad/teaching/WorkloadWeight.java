package com.clinigrad.teaching;

import java.math.BigDecimal;
import java.time.Instant;

import com.clinigrad.shared.history.Actors;

/**
 * One weight of the workload as the graduate school set it: it holds from its year on
 * until a later row for the same activity.
 *
 * @param setBy the login of who set it
 * @param setByName their name
 */
public record WorkloadWeight(long id, WorkloadActivity activity, int fromYear, BigDecimal weight, String reason,
		String setBy, String setByName, Instant setAt) {

	/**
	 * @return whether the weight came with the application (the system), not from a
	 * person
	 */
	public boolean bySystem() {
		return Actors.system(this.setBy);
	}

}
