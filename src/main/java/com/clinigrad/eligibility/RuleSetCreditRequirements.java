package com.clinigrad.eligibility;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

import com.clinigrad.courses.CourseCategory;
import com.clinigrad.courses.CreditRequirements;
import com.clinigrad.eligibility.rules.CreditsRule;
import com.clinigrad.eligibility.rules.Requirement;
import com.clinigrad.eligibility.rules.RuleSet;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Gives the courses module the credit minimums and pass mark of the rule set that applies
 * to a cohort, so that the credit summary and the audit read the same numbers.
 */
@Component
class RuleSetCreditRequirements implements CreditRequirements {

	private final ProgramRules programRules;

	private final JdbcClient jdbc;

	RuleSetCreditRequirements(ProgramRules programRules, JdbcClient jdbc) {
		this.programRules = programRules;
		this.jdbc = jdbc;
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<Minimums> of(String programCode, int cohortYear) {
		return this.programRules.forCohort(programCode, cohortYear).map(RuleSetCreditRequirements::minimums);
	}

	@Override
	@Transactional(readOnly = true)
	public BigDecimal highestPassMark() {
		return this.jdbc.sql("select coalesce(max(pass_mark), 60) from rule_set").query(BigDecimal.class).single();
	}

	static Minimums minimums(RuleSet ruleSet) {
		BigDecimal total = null;
		Map<CourseCategory, BigDecimal> byCategory = new EnumMap<>(CourseCategory.class);
		for (Requirement requirement : ruleSet.requirements()) {
			if (requirement instanceof CreditsRule credits) {
				if (credits.category() == null) {
					total = credits.minimum();
				}
				else {
					byCategory.put(CourseCategory.valueOf(credits.category().name()), credits.minimum());
				}
			}
		}
		return new Minimums(ruleSet.passMark(), total, byCategory);
	}

}
