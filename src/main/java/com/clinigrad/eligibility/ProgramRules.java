package com.clinigrad.eligibility;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import com.clinigrad.eligibility.rules.RuleSet;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Finds the rule set version that applies to a cohort of a program: the one with the
 * latest first cohort not after the student's cohort (a version without a first cohort
 * applies to all cohorts before the next version).
 */
@Service
@Transactional(readOnly = true)
public class ProgramRules {

	private final ProgramRuleSetRepository ruleSets;

	ProgramRules(ProgramRuleSetRepository ruleSets) {
		this.ruleSets = ruleSets;
	}

	/**
	 * @return the rule set for that cohort, if the program has any
	 */
	public Optional<RuleSet> forCohort(String programCode, int cohortYear) {
		return select(this.ruleSets.findByProgramCode(programCode), cohortYear).map(ProgramRuleSet::toRuleSet);
	}

	/**
	 * @return the programs that have a rule set
	 */
	public List<String> programCodes() {
		return this.ruleSets.findAll().stream().map(ProgramRuleSet::getProgramCode).distinct().sorted().toList();
	}

	/**
	 * @return every stored version of the program's rule set
	 */
	public List<RuleSet> versions(String programCode) {
		return this.ruleSets.findByProgramCode(programCode)
			.stream()
			.sorted(Comparator.comparing(ProgramRuleSet::getFromCohort,
					Comparator.nullsFirst(Comparator.naturalOrder())))
			.map(ProgramRuleSet::toRuleSet)
			.toList();
	}

	static Optional<ProgramRuleSet> select(List<ProgramRuleSet> versions, int cohortYear) {
		return versions.stream()
			.filter((version) -> version.getFromCohort() == null || version.getFromCohort() <= cohortYear)
			.max(Comparator.comparing(ProgramRuleSet::getFromCohort, Comparator.nullsFirst(Comparator.naturalOrder())));
	}

}
