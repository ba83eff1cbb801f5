package com.clinigrad.notifications;

import com.clinigrad.shared.NotFoundException;

/**
 * No such notification in the caller's inbox (another person's is not found either).
 */
public class NotificationNotFoundException extends NotFoundException {

	NotificationNotFoundException(long id) {
		super("Notification " + id);
	}

}
