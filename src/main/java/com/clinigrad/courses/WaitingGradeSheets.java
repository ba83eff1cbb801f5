package com.clinigrad.courses;

import java.util.ArrayList;
import java.util.List;

import com.clinigrad.accounts.CurrentUsers;
import com.clinigrad.accounts.Role;
import com.clinigrad.shared.tasks.WaitingTask;
import com.clinigrad.shared.tasks.WaitingWork;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The grade sheets waiting for their instructor: classes with students whose grades are
 * not yet submitted, and (urgent) sheets the graduate school reopened for a correction.
 */
@Component
class WaitingGradeSheets implements WaitingWork {

	private final CurrentUsers currentUsers;

	private final CourseCatalog catalog;

	WaitingGradeSheets(CurrentUsers currentUsers, CourseCatalog catalog) {
		this.currentUsers = currentUsers;
		this.catalog = catalog;
	}

	@Override
	@Transactional(readOnly = true)
	public List<WaitingTask> forCaller() {
		if (!this.currentUsers.current().has(Role.SUPERVISOR)) {
			return List.of();
		}
		List<OfferingView> taught = this.catalog.taughtByCaller();
		long open = taught.stream()
			.filter((offering) -> offering.enrolled() > 0 && offering.sheetStatus() == GradeSheetStatus.OPEN)
			.count();
		long reopened = taught.stream()
			.filter((offering) -> offering.sheetStatus() == GradeSheetStatus.REOPENED)
			.count();
		List<WaitingTask> tasks = new ArrayList<>();
		tasks.add(WaitingTask.of("task.gradeSheets.open", open, "/courses/offerings"));
		tasks.add(WaitingTask.of("task.gradeSheets.reopened", reopened, "/courses/offerings").urgently());
		return tasks;
	}

}
