package com.clinigrad.rotations;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import com.clinigrad.accounts.CurrentUser;
import com.clinigrad.accounts.CurrentUsers;
import com.clinigrad.accounts.Role;
import com.clinigrad.shared.SchoolTime;
import com.clinigrad.shared.tasks.WaitingTask;
import com.clinigrad.shared.tasks.WaitingWork;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The rotation work waiting for a person: the coordinator's trainees whose rotation ended
 * without its exit exam (出科考核); the hospital office's rotations that ended without it
 * (overdue) and those ending this week, and the plan areas it has to arrange at another
 * base hospital.
 */
@Component
class WaitingExams implements WaitingWork {

	private final CurrentUsers currentUsers;

	private final RotationBoard board;

	private final RotationPlans plans;

	WaitingExams(CurrentUsers currentUsers, RotationBoard board, RotationPlans plans) {
		this.currentUsers = currentUsers;
		this.board = board;
		this.plans = plans;
	}

	@Override
	@Transactional(readOnly = true)
	public List<WaitingTask> forCaller() {
		CurrentUser user = this.currentUsers.current();
		LocalDate today = SchoolTime.today();
		List<WaitingTask> tasks = new ArrayList<>();
		if (user.has(Role.DEPT_COORDINATOR) && user.coordinates(user.hospitalCode(), user.departmentCode())) {
			long withoutExam = this.board.departmentWithoutExam(today);
			tasks.add(WaitingTask.of("task.rotations.withoutExam", withoutExam, "/rotations/department?exam=OVERDUE")
				.urgently());
		}
		if (user.hasAny(Role.GRAD_SCHOOL, Role.HOSPITAL_OFFICE)
				&& (user.has(Role.GRAD_SCHOOL) || user.isOfficeOf(user.hospitalCode()))) {
			tasks.add(
					WaitingTask
						.of("task.rotations.overdueWithoutExam", this.board.overdueWithoutExam(today).size(),
								"/rotations/ending")
						.urgently());
			tasks.add(WaitingTask.of("task.rotations.endingWithoutExam",
					this.board.endingWithoutExam(today, today.plusDays(6)).size(), "/rotations/ending"));
		}
		if (user.isOfficeOf(user.hospitalCode())) {
			tasks.add(WaitingTask.of("task.rotations.planGaps", this.plans.gaps(user.hospitalCode()).size(),
					"/rotations/plan-gaps"));
		}
		return tasks;
	}

}
