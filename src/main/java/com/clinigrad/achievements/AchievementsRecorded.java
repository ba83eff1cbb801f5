package com.clinigrad.achievements;

import java.util.Set;

/**
 * Certificates or publications that count towards the degree were recorded or changed
 * (the import, or a claim confirmed by the office): the students concerned.
 *
 * @param studentIds the students whose achievements changed
 */
public record AchievementsRecorded(Set<Long> studentIds) {

	public AchievementsRecorded {
		studentIds = Set.copyOf(studentIds);
	}

}
