package com.clinigrad.students;

import java.time.Instant;
import java.time.LocalDate;

import com.clinigrad.shared.history.Actors;

/**
 * A status change as the detail page shows it.
 */
public record StatusChangeView(StudentStatus from, StudentStatus to, LocalDate effectiveOn, String reason,
		String evidence, String changedBy, Instant changedAt) {

	/**
	 * @return whether the status came from an import file (the reason the import records)
	 */
	public boolean imported() {
		return Student.IMPORT_REASON.equals(this.reason);
	}

	/**
	 * @return whether the system (an import, a job) made the change, not a person
	 */
	public boolean bySystem() {
		return Actors.system(this.changedBy);
	}

}
