package com.clinigrad.rotations.web;

import java.time.LocalDate;

import com.clinigrad.rotations.RotationAssessments;
import com.clinigrad.rotations.RotationState;
import com.clinigrad.rotations.ScheduledRotation;
import com.clinigrad.shared.web.Cell;
import com.clinigrad.shared.web.Words;

/**
 * The cells the rotation lists share (the coordinator's roster, the occupancy's
 * drill-down), for the page and the export alike.
 */
final class RotationCells {

	private RotationCells() {
	}

	/**
	 * @return the rotation's state, and whether its exit exam is open or overdue
	 */
	static Cell state(ScheduledRotation rotation, Words words, LocalDate today) {
		RotationState state = rotation.state(today);
		Cell cell = Cell.badge(words.get(state.messageKey()), state.badge());
		if (rotation.awaitingExam(today)) {
			return cell.andBadge(words.get("rotation.department.examOverdue"), "text-bg-danger");
		}
		if (examOpen(rotation, today)) {
			return cell.andBadge(words.get("rotation.department.examOpen"), "text-bg-warning");
		}
		return cell;
	}

	/**
	 * @return whether the rotation's exit-exam window has opened and the exam is not
	 * settled (overdue ones included)
	 */
	static boolean examOpen(ScheduledRotation rotation, LocalDate today) {
		return !today.isBefore(RotationAssessments.examOpens(rotation)) && !rotation.passed()
				&& !rotation.retakeFailed();
	}

}
