package com.clinigrad.eligibility;

/**
 * Where a batch audit run stands; a running one ends finished or failed, and stays so.
 */
public enum BatchAuditState {

	RUNNING, FINISHED, FAILED;

	/**
	 * @return whether a run in this state may go on to the other
	 */
	boolean canBecome(BatchAuditState next) {
		return this == RUNNING && next != RUNNING;
	}

}
