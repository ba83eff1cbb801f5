package com.clinigrad.shared.history;

/**
 * Who a record names as having done something when nobody logged in did it.
 */
public final class Actors {

	/**
	 * The login recorded for work done outside a request: imports at start-up, the
	 * nightly jobs. Pages show it in words ({@code history.actor.system}), never as is.
	 */
	public static final String SYSTEM = "system";

	private Actors() {
	}

	/**
	 * @return whether {@code who} is the system rather than a person's login
	 */
	public static boolean system(String who) {
		return SYSTEM.equals(who);
	}

}
