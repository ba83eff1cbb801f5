package com.clinigrad.students;

import java.util.Set;

/**
 * Students were registered or their records (program, cohort, discipline, hospital,
 * supervisors) changed: the students concerned.
 *
 * @param studentIds the students
 */
public record StudentsRecorded(Set<Long> studentIds) {

	public StudentsRecorded {
		studentIds = Set.copyOf(studentIds);
	}

}
