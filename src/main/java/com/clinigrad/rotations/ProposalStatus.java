package com.clinigrad.rotations;

import com.clinigrad.shared.BusinessRuleException;

/**
 * Where a cohort schedule proposal stands: open for the office to review, then accepted
 * (its rotations scheduled) or discarded. Both are final.
 */
public enum ProposalStatus {

	/** 待确认. */
	OPEN,
	/** 已采纳. */
	ACCEPTED,
	/** 已放弃. */
	DISCARDED;

	/**
	 * The allowed transitions: an open proposal is accepted or discarded, nothing else.
	 * @param accept whether the office accepts (else discards)
	 * @throws BusinessRuleException when the proposal is no longer open
	 */
	public ProposalStatus next(boolean accept) {
		if (this != OPEN) {
			throw new BusinessRuleException("rotation.error.proposalClosed");
		}
		return accept ? ACCEPTED : DISCARDED;
	}

	public boolean open() {
		return this == OPEN;
	}

	public boolean accepted() {
		return this == ACCEPTED;
	}

}
