package com.clinigrad.theses;

/**
 * A reminder of a pending blind review, recorded once of each kind.
 */
public enum ReminderKind {

	/** The deadline is within the program's reminder period. */
	DUE_SOON,
	/** The deadline has passed. */
	OVERDUE;

	public String messageKey() {
		return "review.reminder." + name();
	}

}
