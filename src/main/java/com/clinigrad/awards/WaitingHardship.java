package com.clinigrad.awards;

import java.util.List;

import com.clinigrad.accounts.CurrentUser;
import com.clinigrad.accounts.CurrentUsers;
import com.clinigrad.accounts.Role;
import com.clinigrad.shared.tasks.WaitingTask;
import com.clinigrad.shared.tasks.WaitingWork;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The hardship applications waiting for the person signed in: a hospital office's reviews
 * of its students' applications, the graduate school's decisions.
 */
@Component
class WaitingHardship implements WaitingWork {

	private final CurrentUsers currentUsers;

	private final HardshipRecognition hardship;

	WaitingHardship(CurrentUsers currentUsers, HardshipRecognition hardship) {
		this.currentUsers = currentUsers;
		this.hardship = hardship;
	}

	@Override
	@Transactional(readOnly = true)
	public List<WaitingTask> forCaller() {
		CurrentUser user = this.currentUsers.current();
		if (!user.hasAny(Role.GRAD_SCHOOL, Role.HOSPITAL_OFFICE)) {
			return List.of();
		}
		HardshipState waiting = user.has(Role.GRAD_SCHOOL) ? HardshipState.OFFICE_APPROVED : HardshipState.SUBMITTED;
		return List.of(WaitingTask.of("task.hardship", this.hardship.waitingForCaller(),
				"/awards/hardship?state=" + waiting.name()));
	}

}
