package com.clinigrad.supervisors;

import java.time.LocalDate;

/**
 * Whether a supervisor's students are in the department phase (rotations in the
 * departments), answered by the rotations module, which knows the timetable (it depends
 * on this module, not the other way round).
 */
public interface DepartmentPhase {

	/**
	 * @param supervisorId the supervisor (main or co-supervisor of the students)
	 * @return whether a student of theirs has a rotation in the timetable between the two
	 * days (both included)
	 */
	boolean anyStudentRotating(long supervisorId, LocalDate from, LocalDate to);

}
