package com.clinigrad.rotations;

import java.time.LocalDate;

import com.clinigrad.students.StudentCard;

/**
 * What cancelling or restoring a rotation does, for the confirmation that names it: the
 * rotation leaves (or re-enters) the timetable, frees (or takes) a place in its
 * department, has no exit exam while cancelled, and its months leave (or return to) the
 * plan area it was scheduled for.
 *
 * @param capacity the department's capacity in force, or {@code null} when it has none
 * @param area the plan area the department trains, or {@code null} when it is outside the
 * plan
 */
public record StatusChangePreview(StudentCard student, ScheduledRotation rotation, Integer capacity, RotationArea area,
		LocalDate today) {

	public boolean cancellable() {
		return !this.rotation.status().cancelled() && !this.rotation.started(this.today);
	}

	public boolean restorable() {
		return this.rotation.status().cancelled() && !this.rotation.started(this.today);
	}

	/**
	 * @return the months, without trailing zeros
	 */
	public String months() {
		return this.rotation.months().stripTrailingZeros().toPlainString();
	}

}
