package com.clinigrad.supervisors;

import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Who may be a member of a supervisor group: senior, or associate-senior with a
 * doctorate, from the rule set's parameters.
 */
class GroupTitleRuleTests {

	private final GroupTitleRule rule = GroupTitleRule.of(Map.of("groupSeniorTitle", "FULL_SENIOR",
			"groupAssociateTitle", "ASSOCIATE_SENIOR", "groupAssociateDegree", "DOCTORATE"));

	@Test
	void aSeniorTitleQualifiesWhateverTheDegree() {
		assertThat(this.rule.admits(TitleLevel.FULL_SENIOR, null)).isTrue();
		assertThat(this.rule.admits(TitleLevel.FULL_SENIOR, HighestDegree.BACHELOR)).isTrue();
	}

	@Test
	void anAssociateSeniorTitleQualifiesOnlyWithADoctorate() {
		assertThat(this.rule.admits(TitleLevel.ASSOCIATE_SENIOR, HighestDegree.DOCTORATE)).isTrue();
		assertThat(this.rule.admits(TitleLevel.ASSOCIATE_SENIOR, HighestDegree.MASTER)).isFalse();
		assertThat(this.rule.admits(TitleLevel.ASSOCIATE_SENIOR, null)).isFalse();
	}

	@Test
	void anIntermediateTitleNeverQualifiesNorDoesAMissingOne() {
		assertThat(this.rule.admits(TitleLevel.INTERMEDIATE, HighestDegree.DOCTORATE)).isFalse();
		assertThat(this.rule.admits(null, HighestDegree.DOCTORATE)).isFalse();
	}

	@Test
	void theDegreeIsData() {
		GroupTitleRule master = GroupTitleRule.of(Map.of("groupAssociateDegree", "MASTER"));
		assertThat(master.admits(TitleLevel.ASSOCIATE_SENIOR, HighestDegree.MASTER)).isTrue();
		assertThat(master.admits(TitleLevel.ASSOCIATE_SENIOR, HighestDegree.BACHELOR)).isFalse();
	}

	@Test
	void withoutParametersTheRuleIsSeniorOrAssociateWithADoctorate() {
		GroupTitleRule defaults = GroupTitleRule.of(Map.of());
		assertThat(defaults).isEqualTo(this.rule);
	}

}
