package com.clinigrad.students;

import java.util.List;

import com.clinigrad.accounts.CurrentUser;
import com.clinigrad.accounts.CurrentUsers;
import com.clinigrad.accounts.Role;
import com.clinigrad.shared.tasks.WaitingTask;
import com.clinigrad.shared.tasks.WaitingWork;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The record work waiting for the graduate school: delayed students to follow up and
 * students in training without a training hospital.
 */
@Component
class WaitingRecords implements WaitingWork {

	private final CurrentUsers currentUsers;

	private final StudentRegistry registry;

	WaitingRecords(CurrentUsers currentUsers, StudentRegistry registry) {
		this.currentUsers = currentUsers;
		this.registry = registry;
	}

	@Override
	@Transactional(readOnly = true)
	public List<WaitingTask> forCaller() {
		CurrentUser user = this.currentUsers.current();
		if (!user.has(Role.GRAD_SCHOOL)) {
			return List.of();
		}
		StudentOverview overview = this.registry.overview();
		return List.of(
				WaitingTask.of("task.students.delayed", overview.count(StudentStatus.DELAYED),
						"/students?status=" + StudentStatus.DELAYED.name()),
				WaitingTask.of("task.students.noHospital", overview.activeWithoutHospital(), "/students"));
	}

}
