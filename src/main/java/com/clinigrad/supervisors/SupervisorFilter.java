package com.clinigrad.supervisors;

/**
 * The supervisor list's search and filters; {@code null} means not filtered.
 *
 * @param query part of the name or staff number
 * @param external {@code true} for external (外聘) supervisors only
 */
public record SupervisorFilter(String query, String hospitalCode, TitleLevel titleLevel, Boolean doctoral,
		Boolean external) {

	/** No filter: every supervisor in the caller's scope. */
	public static final SupervisorFilter NONE = new SupervisorFilter(null, null, null, null, null);

}
