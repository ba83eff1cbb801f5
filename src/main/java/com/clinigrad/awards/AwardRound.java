package com.clinigrad.awards;

import java.time.LocalDate;

import com.clinigrad.shared.BusinessRuleException;

/**
 * A selection round as a workflow aggregate: it guards its own state, every move goes
 * through {@link RoundState#canMoveTo}, and the publicity period decides when an
 * objection is accepted.
 */
final class AwardRound {

	private final long id;

	private final long schemeId;

	private RoundState state;

	private LocalDate publicityStart;

	private LocalDate publicityEnd;

	private final long version;

	AwardRound(long id, long schemeId, RoundState state, LocalDate publicityStart, LocalDate publicityEnd,
			long version) {
		this.id = id;
		this.schemeId = schemeId;
		this.state = state;
		this.publicityStart = publicityStart;
		this.publicityEnd = publicityEnd;
		this.version = version;
	}

	/**
	 * The list may be computed again while a draft.
	 */
	void checkDraft() {
		if (!this.state.draft()) {
			throw new BusinessRuleException("award.error.roundNotDraft");
		}
	}

	void moveTo(RoundState next) {
		if (!this.state.canMoveTo(next)) {
			throw new BusinessRuleException("award.error.roundState");
		}
		this.state = next;
	}

	void publish(LocalDate start, LocalDate end, LocalDate today) {
		if (start == null || end == null || end.isBefore(start)) {
			throw new BusinessRuleException("award.error.publicityDates");
		}
		if (end.isBefore(today)) {
			throw new BusinessRuleException("award.error.publicityPast");
		}
		moveTo(RoundState.PUBLICITY);
		this.publicityStart = start;
		this.publicityEnd = end;
	}

	/**
	 * An objection is accepted during publicity only, up to and including its last day.
	 */
	void checkObjectionDay(LocalDate today) {
		if (this.state != RoundState.PUBLICITY) {
			throw new BusinessRuleException("award.error.notInPublicity");
		}
		if (today.isBefore(this.publicityStart)) {
			throw new BusinessRuleException("award.error.publicityNotStarted", this.publicityStart.toString());
		}
		if (today.isAfter(this.publicityEnd)) {
			throw new BusinessRuleException("award.error.publicityOver", this.publicityEnd.toString());
		}
	}

	/**
	 * An objection is decided while the list is in publicity (the list is then
	 * corrected).
	 */
	void checkDecidable() {
		if (this.state != RoundState.PUBLICITY) {
			throw new BusinessRuleException("award.error.notInPublicity");
		}
	}

	void finalise(long waitingObjections) {
		if (waitingObjections > 0) {
			throw new BusinessRuleException("award.error.objectionsWaiting", waitingObjections);
		}
		moveTo(RoundState.FINAL);
	}

	long id() {
		return this.id;
	}

	long schemeId() {
		return this.schemeId;
	}

	RoundState state() {
		return this.state;
	}

	LocalDate publicityStart() {
		return this.publicityStart;
	}

	LocalDate publicityEnd() {
		return this.publicityEnd;
	}

	long version() {
		return this.version;
	}

}
