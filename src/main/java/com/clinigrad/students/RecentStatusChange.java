package com.clinigrad.students;

import java.time.Instant;
import java.time.LocalDate;

import com.clinigrad.shared.history.Actors;

/**
 * A recent status change, for the dashboards.
 */
public record RecentStatusChange(String studentNo, String name, StudentStatus from, StudentStatus to,
		LocalDate effectiveOn, String reason, String changedBy, Instant changedAt) {

	/**
	 * @return whether the system (an import, a job) made the change, not a person
	 */
	public boolean bySystem() {
		return Actors.system(this.changedBy);
	}

}
