package com.clinigrad.theses;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each composition rule at its boundary: 4 vs 5 members, 2 vs 3 doctoral supervisors, an
 * internal chair, the student's own supervisor on the panel.
 */
class PanelValidationTests {

	static final PanelRule PROPOSAL = new PanelRule("TMU-PRO-DOCTOR", "PROPOSAL", 5, null, false, "ASSOCIATE_SENIOR",
			false, 3, true, false, 0, 1);

	static final PanelRule DEFENSE = new PanelRule("TMU-PRO-DOCTOR", "DEFENSE", 5, 7, true, "FULL_SENIOR", false, 0,
			false, true, 1, 1);

	@Test
	void aProposalPanelNeedsFiveMembers() {
		List<PanelMember> five = panel(5, 3, false, false);
		assertThat(PanelValidation.check(PROPOSAL, five, Set.of(), true)).isEmpty();
		assertThat(keys(PanelValidation.check(PROPOSAL, five.subList(0, 4), Set.of(), true)))
			.containsExactly("panel.rule.minSize");
	}

	@Test
	void aDoctoralStudentsProposalNeedsThreeDoctoralSupervisors() {
		assertThat(PanelValidation.check(PROPOSAL, panel(5, 3, false, false), Set.of(), true)).isEmpty();
		List<PanelViolation> two = PanelValidation.check(PROPOSAL, panel(5, 2, false, false), Set.of(), true);
		assertThat(two).singleElement().satisfies((v) -> {
			assertThat(v.messageKey()).isEqualTo("panel.rule.doctoral");
			assertThat(v.arguments()).containsExactly("3", "2");
		});
		// the doctoral-supervisor minimum is for doctoral students only
		assertThat(PanelValidation.check(PROPOSAL, panel(5, 2, false, false), Set.of(), false)).isEmpty();
	}

	@Test
	void aDefenseNeedsAnExternalChairAndACommitteeMember() {
		assertThat(PanelValidation.check(DEFENSE, panel(5, 5, true, true), Set.of(), true)).isEmpty();
		List<PanelViolation> internal = PanelValidation.check(DEFENSE, panel(5, 5, false, true), Set.of(), true);
		assertThat(internal).singleElement().satisfies((v) -> {
			assertThat(v.messageKey()).isEqualTo("panel.rule.externalChair");
			assertThat(v.arguments()).containsExactly("委员1");
		});
		assertThat(keys(PanelValidation.check(DEFENSE, panel(5, 5, true, false), Set.of(), true)))
			.containsExactly("panel.rule.committee");
		assertThat(keys(PanelValidation.check(DEFENSE, panel(6, 6, true, true), Set.of(), true)))
			.containsExactly("panel.rule.oddSize");
		assertThat(keys(PanelValidation.check(DEFENSE, panel(9, 9, true, true), Set.of(), true)))
			.containsExactly("panel.rule.maxSize");
	}

	@Test
	void theStudentsOwnSupervisorIsNeverOnThePanel() {
		List<PanelMember> members = panel(5, 3, false, false);
		List<PanelViolation> violations = PanelValidation.check(PROPOSAL, members, Set.of(3L), true);
		assertThat(violations).singleElement().satisfies((v) -> {
			assertThat(v.messageKey()).isEqualTo("panel.rule.ownSupervisor");
			assertThat(v.arguments()).containsExactly("委员3");
		});
	}

	@Test
	void membersBelowTheTitleAreNamed() {
		List<PanelMember> members = new ArrayList<>(panel(5, 5, true, true));
		members.set(2, new PanelMember(3, "S3", "委员3", "ASSOCIATE_SENIOR", true, false, false, false));
		assertThat(PanelValidation.check(DEFENSE, members, Set.of(), true)).singleElement()
			.satisfies((v) -> assertThat(v.arguments()).containsExactly("委员3", "FULL_SENIOR"));
	}

	/**
	 * @param size members, the first one the chair
	 * @param doctoral how many of them (from the first) are doctoral supervisors
	 */
	private static List<PanelMember> panel(int size, int doctoral, boolean externalChair, boolean committee) {
		List<PanelMember> members = new ArrayList<>();
		for (int i = 1; i <= size; i++) {
			members.add(new PanelMember(i, "S" + i, "委员" + i, "FULL_SENIOR", i <= doctoral, i == 1 && externalChair,
					i == size && committee, i == 1));
		}
		return members;
	}

	private static List<String> keys(List<PanelViolation> violations) {
		return violations.stream().map(PanelViolation::messageKey).toList();
	}

}
