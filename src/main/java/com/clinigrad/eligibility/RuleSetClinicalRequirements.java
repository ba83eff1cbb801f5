package com.clinigrad.eligibility;

import java.math.BigDecimal;
import java.util.Optional;

import com.clinigrad.eligibility.rules.RuleSet;
import com.clinigrad.rotations.ClinicalRequirements;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Gives the rotations module the clinical months of the rule set that applies to a
 * cohort, so that plans exist exactly where the audit asks for clinical training and show
 * the same number.
 */
@Component
class RuleSetClinicalRequirements implements ClinicalRequirements {

	private final ProgramRules programRules;

	RuleSetClinicalRequirements(ProgramRules programRules) {
		this.programRules = programRules;
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<BigDecimal> monthsRequired(String programCode, int cohortYear) {
		return this.programRules.forCohort(programCode, cohortYear).flatMap(RuleSet::clinicalMonths);
	}

}
