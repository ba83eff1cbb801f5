package com.clinigrad.supervisors;

/**
 * A supervisor as other modules and the pages see them.
 *
 * @param institution the external institution, {@code null} for the own university
 */
public record SupervisorRef(long id, String staffNo, String name, TitleLevel titleLevel, boolean doctoralSupervisor,
		boolean masterSupervisor, String institution, Long hospitalId, boolean degreeCommitteeMember, Integer birthYear,
		String groupCode, String disciplineCode, long version) {

	/**
	 * @return whether the supervisor comes from another institution (外聘)
	 */
	public boolean external() {
		return this.institution != null;
	}

}
