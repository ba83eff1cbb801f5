package com.clinigrad.notifications;

import java.time.format.DateTimeFormatter;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import com.clinigrad.accounts.AccountDirectory;
import com.clinigrad.accounts.Role;
import com.clinigrad.notifications.Notifications.StudentItem;
import com.clinigrad.students.SupervisedRoster;
import com.clinigrad.supervisors.DeputyAppointed;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Decides who hears of a deputy named for a supervisor going abroad: the deputy, who will
 * see and act for the students, and each of the absent supervisor's students in training,
 * who learn whom to turn to and for how long.
 */
@Component
class DeputyRecipients {

	private final Notifications notifications;

	private final AccountDirectory accounts;

	private final SupervisedRoster roster;

	DeputyRecipients(Notifications notifications, AccountDirectory accounts, SupervisedRoster roster) {
		this.notifications = notifications;
		this.accounts = accounts;
		this.roster = roster;
	}

	@ApplicationModuleListener
	void on(DeputyAppointed event) {
		String from = event.from().format(DateTimeFormatter.ISO_LOCAL_DATE);
		String to = event.to().format(DateTimeFormatter.ISO_LOCAL_DATE);
		List<Long> deputies = this.accounts.withRoleForStaff(Role.SUPERVISOR, Set.of(event.deputyStaffNo()));
		this.notifications.notify(NotificationKind.DEPUTY_APPOINTED, deputies,
				List.of(event.supervisorName(), event.supervisorStaffNo(), from, to), "/supervisor-absences");
		List<StudentItem> students = this.roster.inTrainingOf(event.supervisorStaffNo())
			.stream()
			.map((s) -> new StudentItem(s.studentNo(), s.name(), s.hospitalCode(), null, null, event.deputyName(),
					"/students/" + s.studentNo()))
			.toList();
		this.notifications.notifyAbout(NotificationKind.DEPUTY_APPOINTED, "student", students,
				EnumSet.of(Notifications.Audience.STUDENT), List.of(event.supervisorName(), from, to), "/students",
				event.appointedBy());
	}

}
