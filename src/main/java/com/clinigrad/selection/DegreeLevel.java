package com.clinigrad.selection;

import java.util.Optional;

/**
 * The level of the places a supervisor may take: a doctoral supervisor takes doctoral and
 * master's students, a master's supervisor master's students.
 */
public enum DegreeLevel {

	/** 硕士. */
	MASTER,
	/** 博士. */
	DOCTORAL;

	public String messageKey() {
		return "selection.level." + name();
	}

	/**
	 * @return whether a supervisor qualified at this level may take places of the other
	 */
	public boolean covers(DegreeLevel places) {
		return this == DOCTORAL || places == MASTER;
	}

	/**
	 * @param degreeType a program's degree type ({@code PRO_MASTER},
	 * {@code ACADEMIC_DOCTOR}…)
	 * @return the level of its places; none for a program that takes no supervisor's
	 * places (clinical postdocs)
	 */
	public static Optional<DegreeLevel> ofDegreeType(String degreeType) {
		if (degreeType == null) {
			return Optional.empty();
		}
		if (degreeType.endsWith("_DOCTOR")) {
			return Optional.of(DOCTORAL);
		}
		if (degreeType.endsWith("_MASTER")) {
			return Optional.of(MASTER);
		}
		return Optional.empty();
	}

}
