package com.clinigrad.mentoring;

import java.util.Set;

/**
 * Where a mentoring pairing stands: active for its term, then ended with a reason.
 */
public enum PairingState {

	/** The mentor and mentees meet (进行中). */
	ACTIVE,
	/** Ended by the office with a reason (已结束). */
	ENDED;

	/**
	 * @return whether a pairing in this state may move to {@code next}
	 */
	public boolean mayBecome(PairingState next) {
		return allowedNext().contains(next);
	}

	private Set<PairingState> allowedNext() {
		return switch (this) {
			case ACTIVE -> Set.of(ENDED);
			case ENDED -> Set.of();
		};
	}

	public String messageKey() {
		return "mentoring.state." + name();
	}

	public String badgeClass() {
		return (this == ACTIVE) ? "text-bg-success" : "text-bg-secondary";
	}

}
