package com.clinigrad.exams;

import com.clinigrad.shared.BusinessRuleException;

/**
 * The life of a sitting: drafted (rules, candidates, markers), published (the paper is
 * drawn and candidates may sit it in its window), released (marked and the results sent
 * on). Published and released cannot be undone.
 */
public enum SittingStatus {

	DRAFT, PUBLISHED, RELEASED;

	/**
	 * @return whether a sitting in this state may move to {@code next}
	 */
	public boolean canMoveTo(SittingStatus next) {
		return switch (this) {
			case DRAFT -> next == PUBLISHED;
			case PUBLISHED -> next == RELEASED;
			case RELEASED -> false;
		};
	}

	/**
	 * @throws BusinessRuleException unless the move is allowed
	 */
	public SittingStatus moveTo(SittingStatus next) {
		if (!canMoveTo(next)) {
			throw new BusinessRuleException("exams.error.transition");
		}
		return next;
	}

	/**
	 * @return whether rules, candidates and markers may still change
	 */
	public boolean editable() {
		return this == DRAFT;
	}

	public String messageKey() {
		return "enum.SittingStatus." + name();
	}

	/**
	 * @return the colour of the status badge on the pages
	 */
	public String badgeClass() {
		return switch (this) {
			case DRAFT -> "text-bg-secondary";
			case PUBLISHED -> "text-bg-primary";
			case RELEASED -> "text-bg-success";
		};
	}

}
