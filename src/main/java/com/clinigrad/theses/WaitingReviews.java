package com.clinigrad.theses;

import java.util.List;

import com.clinigrad.accounts.CurrentUser;
import com.clinigrad.accounts.CurrentUsers;
import com.clinigrad.accounts.Role;
import com.clinigrad.shared.tasks.WaitingTask;
import com.clinigrad.shared.tasks.WaitingWork;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The thesis work waiting for a person: an expert's blind reviews still to write (urgent
 * when one is due within five working days).
 */
@Component
class WaitingReviews implements WaitingWork {

	private static final int URGENT_DAYS = 5;

	private final CurrentUsers currentUsers;

	private final BlindReviews reviews;

	WaitingReviews(CurrentUsers currentUsers, BlindReviews reviews) {
		this.currentUsers = currentUsers;
		this.reviews = reviews;
	}

	@Override
	@Transactional(readOnly = true)
	public List<WaitingTask> forCaller() {
		CurrentUser user = this.currentUsers.current();
		if (!user.has(Role.EXPERT)) {
			return List.of();
		}
		List<BlindReviews.Assignment> pending = this.reviews.mine()
			.stream()
			.filter(BlindReviews.Assignment::pending)
			.toList();
		WaitingTask task = WaitingTask.of("task.reviews", pending.size(), "/reviews");
		boolean soon = pending.stream().anyMatch((review) -> review.workingDaysLeft() <= URGENT_DAYS);
		return List.of(soon ? task.urgently() : task);
	}

}
