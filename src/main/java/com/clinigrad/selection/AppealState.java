package com.clinigrad.selection;

import java.util.EnumSet;
import java.util.Set;

/**
 * The states of an appeal against a suspension and the only moves between them: the
 * supervisor submits it once; the graduate school or the degree committee upholds the
 * suspension or lifts it.
 */
public enum AppealState {

	/** 待决定. */
	SUBMITTED,
	/** 维持暂停. */
	UPHELD,
	/** 撤销暂停. */
	LIFTED;

	public Set<AppealState> allowedNext() {
		return switch (this) {
			case SUBMITTED -> EnumSet.of(UPHELD, LIFTED);
			case UPHELD, LIFTED -> EnumSet.noneOf(AppealState.class);
		};
	}

	public boolean canMoveTo(AppealState next) {
		return allowedNext().contains(next);
	}

	public boolean pending() {
		return this == SUBMITTED;
	}

	public String messageKey() {
		return "selection.appealState." + name();
	}

	public String tone() {
		return switch (this) {
			case SUBMITTED -> "text-bg-info";
			case UPHELD -> "text-bg-danger";
			case LIFTED -> "text-bg-success";
		};
	}

}
