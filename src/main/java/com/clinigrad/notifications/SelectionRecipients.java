package com.clinigrad.notifications;

import java.util.LinkedHashSet;
import java.util.List;

import com.clinigrad.accounts.AccountDirectory;
import com.clinigrad.accounts.Role;
import com.clinigrad.selection.EnrollmentSelectionPublished;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Tells every supervisor of a published enrollment selection that their score, places and
 * any suspension can be seen on their own page; nobody else, and no one's score in the
 * words.
 */
@Component
class SelectionRecipients {

	private final Notifications notifications;

	private final AccountDirectory accounts;

	SelectionRecipients(Notifications notifications, AccountDirectory accounts) {
		this.notifications = notifications;
		this.accounts = accounts;
	}

	@ApplicationModuleListener
	void on(EnrollmentSelectionPublished event) {
		List<Long> supervisors = this.accounts.withRoleForStaff(Role.SUPERVISOR,
				new LinkedHashSet<>(event.supervisorStaffNos()));
		this.notifications.notify(NotificationKind.SELECTION_PUBLISHED, supervisors,
				List.of(String.valueOf(event.year())), "/selection/mine");
	}

}
