package com.clinigrad.eligibility;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

import com.clinigrad.courses.CourseCategory;
import com.clinigrad.courses.CreditRequirements;
import com.clinigrad.eligibility.rules.RuleSet;
import com.clinigrad.eligibility.rules.RuleSpec;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Gives the courses module the credit minimums and pass mark of the rule set that applies
 * to a cohort, so that the credit summary and the audit read the same numbers.
 */
@Component
class RuleSetCreditRequirements implements CreditRequirements {

	private static final Map<String, CourseCategory> CATEGORY_CODES = Map.of("CREDITS_PUBLIC_REQUIRED",
			CourseCategory.PUBLIC_REQUIRED, "CREDITS_DEGREE_REQUIRED", CourseCategory.DEGREE_REQUIRED,
			"CREDITS_DEGREE_PROFESSIONAL", CourseCategory.DEGREE_PROFESSIONAL);

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
		for (RuleSpec spec : ruleSet.specs()) {
			String min = spec.params().get("min");
			if (min == null) {
				continue;
			}
			if ("CREDITS_TOTAL".equals(spec.code())) {
				total = new BigDecimal(min);
			}
			else if (CATEGORY_CODES.containsKey(spec.code())) {
				byCategory.put(CATEGORY_CODES.get(spec.code()), new BigDecimal(min));
			}
		}
		return new Minimums(ruleSet.passMark(), total, byCategory);
	}

}
