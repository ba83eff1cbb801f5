package com.clinigrad.competency;

import java.util.ArrayList;
import java.util.List;

import com.clinigrad.shared.tasks.WaitingTask;
import com.clinigrad.shared.tasks.WaitingWork;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The competency-based training work waiting for a person: 360° ratings they were asked
 * to give.
 */
@Component
class WaitingRatings implements WaitingWork {

	private final MultisourceEvaluations evaluations;

	WaitingRatings(MultisourceEvaluations evaluations) {
		this.evaluations = evaluations;
	}

	@Override
	@Transactional(readOnly = true)
	public List<WaitingTask> forCaller() {
		List<WaitingTask> tasks = new ArrayList<>();
		tasks.add(WaitingTask.of("task.msf.toRate", this.evaluations.pendingForCaller().size(), "/360/mine"));
		return tasks;
	}

}
