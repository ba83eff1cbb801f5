package com.clinigrad.theses;

import java.util.Arrays;
import java.util.List;

/**
 * Where a degree committee meeting (学位评定委员会会议) stands, and the one table of what may
 * happen to it: the votes are entered (and entered again until they are right), then
 * confirmed and recorded once, all candidates together; a meeting not recorded may be
 * cancelled, and its candidates wait for another.
 */
public enum MeetingStatus {

	/** Candidates listed; no votes entered yet. */
	OPEN,
	/** Votes entered; waiting for the confirmation that records them. */
	VOTES_ENTERED,
	/** Confirmed: one decision per voted candidate. */
	RECORDED,
	/** Called off before anything was recorded. */
	CANCELLED;

	/**
	 * What may happen to a meeting.
	 */
	enum Action {

		ENTER_VOTES, RECORD, CANCEL

	}

	/**
	 * The allowed transitions.
	 * @return the status after the action, or {@code null} when this status does not
	 * allow it
	 */
	MeetingStatus after(Action action) {
		return switch (this) {
			case OPEN -> switch (action) {
				case ENTER_VOTES -> VOTES_ENTERED;
				case RECORD -> null;
				case CANCEL -> CANCELLED;
			};
			case VOTES_ENTERED -> switch (action) {
				case ENTER_VOTES -> VOTES_ENTERED;
				case RECORD -> RECORDED;
				case CANCEL -> CANCELLED;
			};
			case RECORDED, CANCELLED -> null;
		};
	}

	/**
	 * @return whether votes may still be entered
	 */
	public boolean editable() {
		return after(Action.ENTER_VOTES) != null;
	}

	/**
	 * @return the statuses of meetings not yet recorded or cancelled, as stored
	 */
	static List<String> openStatuses() {
		return Arrays.stream(values()).filter(MeetingStatus::editable).map(Enum::name).toList();
	}

	public String messageKey() {
		return "degree.meeting.status." + name();
	}

}
