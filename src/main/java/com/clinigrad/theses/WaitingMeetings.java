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
 * The degree committee's work: meetings whose votes are still to be entered or confirmed.
 */
@Component
class WaitingMeetings implements WaitingWork {

	private final CurrentUsers currentUsers;

	private final DegreeMeetings meetings;

	WaitingMeetings(CurrentUsers currentUsers, DegreeMeetings meetings) {
		this.currentUsers = currentUsers;
		this.meetings = meetings;
	}

	@Override
	@Transactional(readOnly = true)
	public List<WaitingTask> forCaller() {
		CurrentUser user = this.currentUsers.current();
		if (!user.has(Role.DEGREE_COMMITTEE)) {
			return List.of();
		}
		long open = this.meetings.meetings()
			.stream()
			.filter((meeting) -> meeting.status() == MeetingStatus.OPEN
					|| meeting.status() == MeetingStatus.VOTES_ENTERED)
			.count();
		return List.of(WaitingTask.of("task.meetings", open, "/degrees"));
	}

}
