package com.clinigrad.rotations;

/**
 * Where a rotation stands on a given day: ended, running or still to come. Derived from
 * its dates, never stored.
 */
public enum RotationState {

	/** Its last day has passed. */
	DONE("text-bg-success"),
	/** It runs on that day. */
	CURRENT("text-bg-primary"),
	/** Its first day is still to come. */
	PLANNED("text-bg-secondary");

	private final String badge;

	RotationState(String badge) {
		this.badge = badge;
	}

	/**
	 * @return the message key of its name on pages
	 */
	public String messageKey() {
		return "rotation.state." + name();
	}

	/**
	 * @return the badge's colour class
	 */
	public String badge() {
		return this.badge;
	}

	public boolean done() {
		return this == DONE;
	}

	public boolean planned() {
		return this == PLANNED;
	}

}
