package com.clinigrad.rotations;

import java.util.Set;

/**
 * Students' rotation timetables changed: a rotation scheduled, cancelled or restored
 * (轮转安排变更). One event per transaction, however many students it touched.
 *
 * @param studentIds the students whose timetable changed
 * @param changedBy the login name of who changed it (not told of their own act)
 */
public record RotationPlanChanged(Set<Long> studentIds, String changedBy) {

	public RotationPlanChanged {
		studentIds = Set.copyOf(studentIds);
	}

}
