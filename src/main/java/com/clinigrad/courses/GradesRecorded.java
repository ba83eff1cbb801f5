package com.clinigrad.courses;

import java.util.Set;

/**
 * Grades were recorded or changed (grade grid, import, awarded practice credits): the
 * students whose course record is now different.
 *
 * @param studentIds the students concerned
 */
public record GradesRecorded(Set<Long> studentIds) {

	public GradesRecorded {
		studentIds = Set.copyOf(studentIds);
	}

}
