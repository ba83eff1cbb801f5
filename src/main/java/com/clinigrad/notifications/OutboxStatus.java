package com.clinigrad.notifications;

/**
 * Where a mail of the outbox stands.
 */
public enum OutboxStatus {

	/** Waiting to be sent (again, after a failure, at its next attempt). */
	PENDING,
	/** Handed to the mail server. */
	SENT,
	/** Failed too often; waits for staff to send it again. */
	DEAD;

	public String messageKey() {
		return "outbox.status." + name();
	}

}
