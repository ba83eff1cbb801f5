package com.clinigrad.theses;

/**
 * Where a milestone session stands, and the one table of what may happen to it: the
 * office forms the panel of a planned session, confirms it once it meets the rules, and
 * records the outcome once the session has taken place. A failed milestone is retaken in
 * a new session.
 */
public enum SessionStatus {

	/** Scheduled, panel being formed. */
	PLANNED,
	/** Panel valid and confirmed. */
	CONFIRMED,
	/** Held: outcome recorded. */
	HELD;

	/**
	 * What may happen to a session.
	 */
	enum Action {

		SET_PANEL, CONFIRM, RECORD_OUTCOME

	}

	/**
	 * The allowed transitions.
	 * @return the status after the action, or {@code null} when this status does not
	 * allow it
	 */
	SessionStatus after(Action action) {
		return switch (this) {
			case PLANNED -> switch (action) {
				case SET_PANEL -> PLANNED;
				case CONFIRM -> CONFIRMED;
				case RECORD_OUTCOME -> null;
			};
			case CONFIRMED -> (action == Action.RECORD_OUTCOME) ? HELD : null;
			case HELD -> null;
		};
	}

	public String messageKey() {
		return "panel.status." + name();
	}

}
