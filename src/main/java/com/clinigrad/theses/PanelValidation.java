package com.clinigrad.theses;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import com.clinigrad.supervisors.TitleLevel;

/**
 * Checks a panel against its rule when it is formed: size, titles, doctoral supervisors,
 * an external chair, a degree-committee member, and never the student's own supervisors.
 * Pure: every broken rule is reported, naming the member concerned.
 */
public final class PanelValidation {

	private static final String FULL_SENIOR = TitleLevel.FULL_SENIOR.name();

	private static final String ASSOCIATE_SENIOR = TitleLevel.ASSOCIATE_SENIOR.name();

	private PanelValidation() {
	}

	/**
	 * @param ownSupervisorIds the student's supervisor and co-supervisor
	 * @param doctoralStudent whether the student is a doctoral student
	 */
	public static List<PanelViolation> check(PanelRule rule, List<PanelMember> members,
			Collection<Long> ownSupervisorIds, boolean doctoralStudent) {
		List<PanelViolation> violations = new ArrayList<>();
		int size = members.size();
		if (size < rule.minSize()) {
			violations.add(PanelViolation.of("panel.rule.minSize", rule.minSize(), size));
		}
		if (rule.maxSize() != null && size > rule.maxSize()) {
			violations.add(PanelViolation.of("panel.rule.maxSize", rule.maxSize(), size));
		}
		if (rule.oddSize() && size % 2 == 0) {
			violations.add(PanelViolation.of("panel.rule.oddSize", size));
		}
		for (PanelMember member : members) {
			if (ownSupervisorIds.contains(member.supervisorId())) {
				violations.add(PanelViolation.of("panel.rule.ownSupervisor", member.name()));
			}
			if (rule.minTitle() != null && !titleMet(rule, member)) {
				violations.add(PanelViolation.of(
						FULL_SENIOR.equals(rule.minTitle()) ? "panel.rule.titleFull" : "panel.rule.titleAssociate",
						member.name(), rule.minTitle()));
			}
		}
		int doctoral = (int) members.stream().filter(PanelMember::doctoralSupervisor).count();
		if ((!rule.doctoralOnlyForDoctors() || doctoralStudent) && doctoral < rule.minDoctoralSupervisors()) {
			violations.add(PanelViolation.of("panel.rule.doctoral", rule.minDoctoralSupervisors(), doctoral));
		}
		List<PanelMember> chairs = members.stream().filter(PanelMember::chair).toList();
		if (chairs.size() != 1) {
			violations.add(PanelViolation.of("panel.rule.oneChair", chairs.size()));
		}
		else if (rule.externalChair() && !chairs.get(0).external()) {
			violations.add(PanelViolation.of("panel.rule.externalChair", chairs.get(0).name()));
		}
		int committee = (int) members.stream().filter(PanelMember::degreeCommitteeMember).count();
		if (committee < rule.minDegreeCommittee()) {
			violations.add(PanelViolation.of("panel.rule.committee", rule.minDegreeCommittee(), committee));
		}
		return violations;
	}

	private static boolean titleMet(PanelRule rule, PanelMember member) {
		if (rule.doctoralCountsAsTitle() && member.doctoralSupervisor()) {
			return true;
		}
		if (FULL_SENIOR.equals(rule.minTitle())) {
			return FULL_SENIOR.equals(member.titleLevel());
		}
		return FULL_SENIOR.equals(member.titleLevel()) || ASSOCIATE_SENIOR.equals(member.titleLevel());
	}

}
