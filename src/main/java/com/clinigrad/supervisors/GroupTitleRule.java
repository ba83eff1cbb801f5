package com.clinigrad.supervisors;

import java.util.Map;

/**
 * Who may be a member of a supervisor group (导师组): a senior title (正高), or an
 * associate-senior title (副高) with a doctorate — the title and degree from the rule set's
 * {@code groupSeniorTitle}, {@code groupAssociateTitle} and {@code groupAssociateDegree}.
 *
 * @param senior the title that qualifies on its own
 * @param associate the title that qualifies with the degree
 * @param associateDegree the degree the associate title needs at least
 */
public record GroupTitleRule(TitleLevel senior, TitleLevel associate, HighestDegree associateDegree) {

	/**
	 * The rule of a rule set's parameters; senior, or associate-senior with a doctorate,
	 * where the set says nothing.
	 */
	public static GroupTitleRule of(Map<String, String> params) {
		return new GroupTitleRule(
				TitleLevel.valueOf(params.getOrDefault("groupSeniorTitle", TitleLevel.FULL_SENIOR.name()).trim()),
				TitleLevel
					.valueOf(params.getOrDefault("groupAssociateTitle", TitleLevel.ASSOCIATE_SENIOR.name()).trim()),
				HighestDegree
					.valueOf(params.getOrDefault("groupAssociateDegree", HighestDegree.DOCTORATE.name()).trim()));
	}

	/**
	 * @param title the person's title, {@code null} when unknown
	 * @param degree the person's highest degree, {@code null} when unknown
	 * @return whether the person may be a member
	 */
	public boolean admits(TitleLevel title, HighestDegree degree) {
		if (title == null) {
			return false;
		}
		if (title == this.senior) {
			return true;
		}
		return title == this.associate && degree != null && degree.atLeast(this.associateDegree);
	}

}
