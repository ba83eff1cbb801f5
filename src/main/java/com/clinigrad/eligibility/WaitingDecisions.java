package com.clinigrad.eligibility;

import java.util.ArrayList;
import java.util.List;

import com.clinigrad.accounts.CurrentUser;
import com.clinigrad.accounts.CurrentUsers;
import com.clinigrad.accounts.Role;
import com.clinigrad.shared.tasks.WaitingTask;
import com.clinigrad.shared.tasks.WaitingWork;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The eligibility work waiting for a person: waivers awaiting their step, cases whose
 * student has chosen and that the graduate school decides, and for a student the cases
 * that wait for their choice.
 */
@Component
class WaitingDecisions implements WaitingWork {

	private final CurrentUsers currentUsers;

	private final WaiverBook waivers;

	private final DiversionCaseWorkflow cases;

	WaitingDecisions(CurrentUsers currentUsers, WaiverBook waivers, DiversionCaseWorkflow cases) {
		this.currentUsers = currentUsers;
		this.waivers = waivers;
		this.cases = cases;
	}

	@Override
	@Transactional(readOnly = true)
	public List<WaitingTask> forCaller() {
		CurrentUser user = this.currentUsers.current();
		List<WaitingTask> tasks = new ArrayList<>();
		if (user.hasAny(Role.GRAD_SCHOOL, Role.HOSPITAL_OFFICE, Role.SUPERVISOR)) {
			tasks.add(WaitingTask.of("task.waivers", this.waivers.queue().size(), "/waivers"));
		}
		if (user.has(Role.GRAD_SCHOOL)) {
			long chosen = this.cases.open().stream().filter((c) -> c.status() == CaseStatus.CHOSEN).count();
			tasks.add(WaitingTask.of("task.cases.toDecide", chosen, "/audit/cases?level=CASE").urgently());
		}
		if (user.has(Role.STUDENT) && user.studentNo() != null) {
			long toChoose = this.cases.ofStudent(user.studentNo())
				.stream()
				.filter((c) -> c.level() == CaseLevel.CASE && c.status() == CaseStatus.OPEN)
				.count();
			tasks.add(WaitingTask.of("task.cases.toChoose", toChoose, "/students/" + user.studentNo()).urgently());
		}
		return tasks;
	}

}
