package com.clinigrad.courses;

import java.util.List;

import com.clinigrad.accounts.CurrentUser;
import com.clinigrad.accounts.CurrentUsers;
import com.clinigrad.accounts.Role;
import com.clinigrad.shared.tasks.WaitingTask;
import com.clinigrad.shared.tasks.WaitingWork;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The course work waiting for a person: practice-credit applications at the hospital
 * office's or the graduate school's step.
 */
@Component
class WaitingApplications implements WaitingWork {

	private final CurrentUsers currentUsers;

	private final PracticeCredits practice;

	WaitingApplications(CurrentUsers currentUsers, PracticeCredits practice) {
		this.currentUsers = currentUsers;
		this.practice = practice;
	}

	@Override
	@Transactional(readOnly = true)
	public List<WaitingTask> forCaller() {
		CurrentUser user = this.currentUsers.current();
		if (user.has(Role.GRAD_SCHOOL) || user.isOfficeOf(user.hospitalCode())) {
			return List.of(WaitingTask.of("task.practice", this.practice.queue().size(), "/practice"));
		}
		return List.of();
	}

}
