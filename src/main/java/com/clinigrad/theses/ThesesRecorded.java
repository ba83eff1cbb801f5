package com.clinigrad.theses;

import java.util.Set;

/**
 * Milestones, thesis records or blind-review verdicts were recorded or changed (the
 * import, a milestone session's outcome): the students concerned.
 *
 * @param studentIds the students whose thesis records changed
 */
public record ThesesRecorded(Set<Long> studentIds) {

	public ThesesRecorded {
		studentIds = Set.copyOf(studentIds);
	}

}
