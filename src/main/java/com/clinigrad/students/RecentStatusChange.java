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

	/**
	 * @return the same change naming who made it as given (a display name for a page)
	 */
	public RecentStatusChange byName(String name) {
		return new RecentStatusChange(this.studentNo, this.name, this.from, this.to, this.effectiveOn, this.reason,
				name, this.changedAt);
	}

}
