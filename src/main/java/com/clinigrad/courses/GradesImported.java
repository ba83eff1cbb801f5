package com.clinigrad.courses;

import java.util.Set;

/**
 * The graduate school imported grades (exchange file): the students whose course record
 * now has new or changed grades, one event per import however many rows it had.
 *
 * @param studentIds the students concerned
 * @param importedBy the login name of who imported them
 */
public record GradesImported(Set<Long> studentIds, String importedBy) {

	public GradesImported {
		studentIds = Set.copyOf(studentIds);
	}

}
