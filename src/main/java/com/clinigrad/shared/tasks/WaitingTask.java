package com.clinigrad.shared.tasks;

/**
 * A kind of work waiting for the person signed in: how many, in words, and where to do
 * it.
 *
 * @param messageKey the message for the task, taking the count as its argument
 * @param count how many are waiting
 * @param href the page where the work is done, which the caller may open
 * @param urgent whether a deadline has passed or is days away
 */
public record WaitingTask(String messageKey, long count, String href, boolean urgent) {

	public static WaitingTask of(String messageKey, long count, String href) {
		return new WaitingTask(messageKey, count, href, false);
	}

	public WaitingTask urgently() {
		return new WaitingTask(this.messageKey, this.count, this.href, true);
	}

}
