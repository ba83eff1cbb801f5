package com.clinigrad.eligibility;

/**
 * What can happen to a waiver once requested; {@link WaiverStatus#next} says where each
 * leads.
 */
enum WaiverAction {

	/** The awaited approver approves the step. */
	APPROVE,
	/** The awaited approver rejects it. */
	REJECT,
	/** The graduate school withdraws an approved waiver. */
	REVOKE,
	/** An approved extension's date has passed. */
	EXPIRE

}
