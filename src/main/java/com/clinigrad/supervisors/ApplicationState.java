package com.clinigrad.supervisors;

import java.util.EnumSet;
import java.util.Set;

/**
 * The states of a qualification application and the only moves between them: a supervisor
 * submits within the window and may withdraw until the graduate school has checked it;
 * the graduate school forwards it to the degree committee (every condition met, training
 * passed for a new supervisor) or rejects it with a reason; the committee's vote approves
 * it (granting the qualification) or not.
 */
public enum ApplicationState {

	/** 已提交 — waiting for the graduate school's check. */
	SUBMITTED,
	/** 待学位委员会表决. */
	TO_COMMITTEE,
	/** 已通过 — the qualification is granted. */
	APPROVED,
	/** 未通过 — the committee's vote did not carry. */
	NOT_APPROVED,
	/** 审核未通过 — the graduate school rejected it. */
	REJECTED,
	/** 已撤回. */
	WITHDRAWN;

	/**
	 * @return whether the application may move from this state to the given one
	 */
	public boolean canMoveTo(ApplicationState next) {
		return allowedNext().contains(next);
	}

	/**
	 * @return the states this one may move to
	 */
	public Set<ApplicationState> allowedNext() {
		return switch (this) {
			case SUBMITTED -> EnumSet.of(TO_COMMITTEE, REJECTED, WITHDRAWN);
			case TO_COMMITTEE -> EnumSet.of(APPROVED, NOT_APPROVED);
			case APPROVED, NOT_APPROVED, REJECTED, WITHDRAWN -> EnumSet.noneOf(ApplicationState.class);
		};
	}

	/**
	 * @return whether nothing more happens to the application
	 */
	public boolean closed() {
		return allowedNext().isEmpty();
	}

	/**
	 * @return whether the graduate school's check (and the applicant's withdrawal) is due
	 */
	public boolean awaitsCheck() {
		return this == SUBMITTED;
	}

	/**
	 * @return whether the degree committee's vote is due
	 */
	public boolean awaitsVote() {
		return this == TO_COMMITTEE;
	}

	public String messageKey() {
		return "applicationState." + name();
	}

	/**
	 * @return the badge colour of the state on the pages
	 */
	public String tone() {
		return switch (this) {
			case SUBMITTED -> "text-bg-info";
			case TO_COMMITTEE -> "text-bg-primary";
			case APPROVED -> "text-bg-success";
			case NOT_APPROVED, REJECTED -> "text-bg-danger";
			case WITHDRAWN -> "text-bg-secondary";
		};
	}

}
