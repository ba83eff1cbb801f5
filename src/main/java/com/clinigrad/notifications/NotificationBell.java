package com.clinigrad.notifications;

import com.clinigrad.accounts.CurrentUsers;

import org.springframework.stereotype.Component;

/**
 * The bell of the layout's top bar: the caller's unread count, one count on the partial
 * index of unread notifications, asked only by pages that render the layout.
 */
@Component("notificationBell")
public class NotificationBell {

	private final Notifications notifications;

	private final CurrentUsers currentUsers;

	NotificationBell(Notifications notifications, CurrentUsers currentUsers) {
		this.notifications = notifications;
		this.currentUsers = currentUsers;
	}

	/**
	 * @return the caller's unread notifications, 0 when nobody is logged in
	 */
	public long unread() {
		return this.currentUsers.find().map((user) -> this.notifications.unread(user.accountId())).orElse(0L);
	}

}
