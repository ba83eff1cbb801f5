package com.clinigrad.supervisors;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The qualification rules of a university from a year on, as stored: the conditions of
 * each kind with their parameters, the re-review periods ({@code doctoralReviewYears},
 * {@code masterReviewYears}; empty = no re-review) and how many months before expiry a
 * warning shows ({@code expiryWarningMonths}).
 */
public record QualificationRules(String university, int year, Map<String, String> params,
		Map<QualificationKind, List<Rule>> rules) {

	/**
	 * The rules when none are stored: no condition, no re-review, warnings 6 months
	 * ahead.
	 */
	public static QualificationRules none(String university, int year) {
		return new QualificationRules(university, year, Map.of(), Map.of());
	}

	/**
	 * @return the years after which a qualification of this kind is re-reviewed, if it is
	 */
	public Optional<Integer> reviewYears(QualificationKind kind) {
		String value = this.params
			.get((kind == QualificationKind.DOCTORAL_SUPERVISOR) ? "doctoralReviewYears" : "masterReviewYears");
		return (value == null || value.isBlank()) ? Optional.empty() : Optional.of(Integer.parseInt(value.trim()));
	}

	public int expiryWarningMonths() {
		String value = this.params.get("expiryWarningMonths");
		return (value == null || value.isBlank()) ? 6 : Integer.parseInt(value.trim());
	}

	/**
	 * @return every condition of the kind checked against the applicant, in the rule
	 * set's order
	 */
	public List<ConditionResult> check(QualificationKind kind, ApplicantRecord applicant) {
		List<ConditionResult> results = new ArrayList<>();
		for (Rule rule : this.rules.getOrDefault(kind, List.of())) {
			results.add(rule.condition().check(applicant, rule.params()));
		}
		return results;
	}

	/**
	 * @return who may be a member of a supervisor group
	 */
	public GroupTitleRule groupTitleRule() {
		return GroupTitleRule.of(this.params);
	}

	/**
	 * @return when an absence abroad needs a deputy
	 */
	public DeputyRule deputyRule() {
		return DeputyRule.of(this.params);
	}

	/**
	 * One condition with its parameters.
	 */
	public record Rule(QualificationCondition condition, Map<String, String> params) {
	}

}
