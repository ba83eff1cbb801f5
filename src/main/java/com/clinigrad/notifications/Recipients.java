package com.clinigrad.notifications;

import java.time.format.DateTimeFormatter;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import com.clinigrad.accounts.AccountDirectory;
import com.clinigrad.accounts.Role;
import com.clinigrad.eligibility.WaiverStepWaiting;
import com.clinigrad.theses.ReviewAssigned;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Decides who hears of what the other modules publish: a review assigned, its expert only
 * (and not a word of the student); a waiver waiting, whoever may decide its step (the
 * student's supervisors, the office of the student's hospital or the graduate school),
 * never someone who asked for it or decided a step before.
 */
@Component
class Recipients {

	private final Notifications notifications;

	private final AccountDirectory accounts;

	Recipients(Notifications notifications, AccountDirectory accounts) {
		this.notifications = notifications;
		this.accounts = accounts;
	}

	@ApplicationModuleListener
	void on(ReviewAssigned event) {
		List<Long> experts = this.accounts.withRoleForStaff(Role.EXPERT, Set.of(event.reviewerStaffNo()));
		this.notifications.notify(NotificationKind.REVIEW_ASSIGNED, experts,
				List.of(event.code(), event.dueOn().format(DateTimeFormatter.ISO_LOCAL_DATE)),
				"/reviews/" + event.code());
	}

	@ApplicationModuleListener
	void on(WaiverStepWaiting event) {
		Set<Long> approvers = new LinkedHashSet<>(switch (event.approver()) {
			case SUPERVISOR -> this.accounts.withRoleForStaff(Role.SUPERVISOR, event.supervisorStaffNos());
			case HOSPITAL_OFFICE -> this.accounts.withRoleAtHospital(Role.HOSPITAL_OFFICE, event.hospitalCode());
			default -> this.accounts.withRole(event.approver());
		});
		approvers.removeAll(event.excludedAccountIds());
		this.notifications.notify(NotificationKind.WAIVER_STEP_WAITING, approvers,
				List.of(event.studentNo(), Notifications.KEY_ARGUMENT + "rule." + event.ruleCode() + ".name"),
				"/waivers/" + event.waiverId());
	}

}
