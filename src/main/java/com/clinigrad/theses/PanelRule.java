package com.clinigrad.theses;

/**
 * What a program requires of the panel of one milestone (DOMAIN §6).
 *
 * @param maxSize the largest panel, or {@code null} for no limit
 * @param oddSize whether the size must be odd (3 or 5, 5 or 7)
 * @param minTitle the lowest title a member may hold ({@code FULL_SENIOR},
 * {@code ASSOCIATE_SENIOR}), or {@code null}
 * @param doctoralCountsAsTitle whether a doctoral supervisor qualifies whatever the title
 * @param doctoralOnlyForDoctors whether the doctoral-supervisor minimum applies only to
 * doctoral students
 * @param externalChair whether the chair must come from another institution
 */
public record PanelRule(String programCode, String milestoneType, int minSize, Integer maxSize, boolean oddSize,
		String minTitle, boolean doctoralCountsAsTitle, int minDoctoralSupervisors, boolean doctoralOnlyForDoctors,
		boolean externalChair, int minDegreeCommittee, int maxRetakes) {
}
