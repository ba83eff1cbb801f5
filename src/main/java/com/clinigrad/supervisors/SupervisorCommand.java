package com.clinigrad.supervisors;

/**
 * A supervisor's data as an import row or the edit form gives it.
 *
 * @param hospitalCode the hospital, or {@code null}
 */
public record SupervisorCommand(String staffNo, String name, TitleLevel titleLevel, boolean doctoralSupervisor,
		boolean masterSupervisor, String institution, String hospitalCode, boolean degreeCommitteeMember,
		Integer birthYear, String groupCode, String disciplineCode) {
}
