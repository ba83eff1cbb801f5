package com.clinigrad.competency;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import com.clinigrad.shared.SchoolTime;
import com.clinigrad.shared.tasks.WaitingTask;
import com.clinigrad.shared.tasks.WaitingWork;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The competency-based training work waiting for a person: OSCE sheets still to enter at
 * the stations they examine (urgent from the exam's day on), and 360° ratings they were
 * asked to give.
 */
@Component
class WaitingTrainingWork implements WaitingWork {

	private final MultisourceEvaluations evaluations;

	private final OsceExams exams;

	WaitingTrainingWork(MultisourceEvaluations evaluations, OsceExams exams) {
		this.evaluations = evaluations;
		this.exams = exams;
	}

	@Override
	@Transactional(readOnly = true)
	public List<WaitingTask> forCaller() {
		List<WaitingTask> tasks = new ArrayList<>();
		LocalDate today = SchoolTime.today();
		long sheets = 0;
		boolean due = false;
		for (ExaminerStation station : this.exams.myStations()) {
			if (station.status().takesSheets() && station.entered() < station.candidates()) {
				sheets += station.candidates() - station.entered();
				due |= !station.heldOn().isAfter(today);
			}
		}
		WaitingTask osce = WaitingTask.of("task.osce.sheets", sheets, "/osce/stations");
		tasks.add(due ? osce.urgently() : osce);
		tasks.add(WaitingTask.of("task.msf.toRate", this.evaluations.pendingForCaller().size(), "/360/mine"));
		return tasks;
	}

}
