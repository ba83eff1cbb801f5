package com.clinigrad.theses;

/**
 * A panel member as the composition rules see them.
 *
 * @param titleLevel {@code FULL_SENIOR}, {@code ASSOCIATE_SENIOR} or {@code INTERMEDIATE}
 * @param external whether the member comes from another institution
 */
public record PanelMember(long supervisorId, String staffNo, String name, String titleLevel, boolean doctoralSupervisor,
		boolean external, boolean degreeCommitteeMember, boolean chair) {
}
