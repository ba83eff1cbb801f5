package com.clinigrad.achievements;

import java.util.List;

import com.clinigrad.accounts.CurrentUser;
import com.clinigrad.accounts.CurrentUsers;
import com.clinigrad.accounts.Role;
import com.clinigrad.shared.tasks.WaitingTask;
import com.clinigrad.shared.tasks.WaitingWork;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The achievement work waiting for a person: certificates and publications students
 * entered, for the graduate school or their hospital's office to confirm.
 */
@Component
class WaitingClaims implements WaitingWork {

	private final CurrentUsers currentUsers;

	private final AchievementRegister register;

	WaitingClaims(CurrentUsers currentUsers, AchievementRegister register) {
		this.currentUsers = currentUsers;
		this.register = register;
	}

	@Override
	@Transactional(readOnly = true)
	public List<WaitingTask> forCaller() {
		CurrentUser user = this.currentUsers.current();
		if (user.has(Role.GRAD_SCHOOL) || user.isOfficeOf(user.hospitalCode())) {
			return List.of(WaitingTask.of("task.claims", this.register.pending().size(), "/achievements/pending"));
		}
		return List.of();
	}

}
