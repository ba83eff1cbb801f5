package com.clinigrad.awards;

import java.util.EnumSet;
import java.util.Set;

/**
 * The states of a student's objection during publicity (异议) and the only moves between
 * them: it waits until the office decides it, upheld (the list is corrected) or
 * dismissed.
 */
public enum ObjectionState {

	/** 待处理. */
	WAITING,
	/** 异议成立: the list was corrected. */
	UPHELD,
	/** 异议不成立. */
	DISMISSED;

	public Set<ObjectionState> allowedNext() {
		return switch (this) {
			case WAITING -> EnumSet.of(UPHELD, DISMISSED);
			case UPHELD, DISMISSED -> EnumSet.noneOf(ObjectionState.class);
		};
	}

	public boolean canMoveTo(ObjectionState next) {
		return allowedNext().contains(next);
	}

	public boolean waiting() {
		return this == WAITING;
	}

	public String messageKey() {
		return "award.objectionState." + name();
	}

	public String tone() {
		return switch (this) {
			case WAITING -> "text-bg-warning";
			case UPHELD -> "text-bg-success";
			case DISMISSED -> "text-bg-secondary";
		};
	}

}
