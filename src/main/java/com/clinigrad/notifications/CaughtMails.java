package com.clinigrad.notifications;

import java.util.Date;
import java.util.List;

/**
 * The mails the embedded SMTP server caught (dev profile and tests only).
 */
public interface CaughtMails {

	/**
	 * @return the mails caught so far, oldest first
	 */
	List<Mail> all();

	/**
	 * One mail as the server received it.
	 */
	record Mail(String to, String subject, String body, Date sentAt) {
	}

}
