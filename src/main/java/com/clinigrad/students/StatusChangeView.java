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
	 * @return the message key of a reason the application records itself (an import, a
	 * student registered on the page), shown in the page's words; {@code null} for a
	 * reason a person wrote
	 */
	public String reasonKey() {
		if (imported()) {
			return "students.status.imported";
		}
		return Student.REGISTERED_REASON.equals(this.reason) ? "students.status.registered" : null;
	}

	/**
	 * @return the same change naming who made it as given (a display name for a page)
	 */
	public StatusChangeView byName(String name) {
		return new StatusChangeView(this.from, this.to, this.effectiveOn, this.reason, this.evidence, name,
				this.changedAt);
	}

	/**
	 * @return whether the system (an import, a job) made the change, not a person
	 */
	public boolean bySystem() {
		return Actors.system(this.changedBy);
	}

}
