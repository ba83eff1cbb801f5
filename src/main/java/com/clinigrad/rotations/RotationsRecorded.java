package com.clinigrad.rotations;

import java.util.Set;

/**
 * Rotations were recorded or changed in bulk (the import): the students concerned.
 *
 * @param studentIds the students whose rotations changed
 */
public record RotationsRecorded(Set<Long> studentIds) {

	public RotationsRecorded {
		studentIds = Set.copyOf(studentIds);
	}

}
