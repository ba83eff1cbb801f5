package com.clinigrad.supervisors;

import java.math.BigDecimal;
import java.util.Map;

/**
 * The eligibility conditions of a qualification (遴选条件) the product checks, each with its
 * parameters from the rule set of the university and year: a title level, a highest
 * degree, funding held on the day, and publications within some years. Pure rules: the
 * applicant's record and the day come in, a result with what was required and what was
 * found goes out.
 */
public enum QualificationCondition {

	/** 职称: {@code min} = a {@link TitleLevel} code, the lowest that meets it. */
	TITLE,
	/** 最高学位: {@code min} = a {@link HighestDegree} code. */
	DEGREE,
	/** 科研经费: {@code min} = yuan of the grants running on the day, summed. */
	FUNDING,
	/**
	 * 论文: {@code min} = publications of the register published within {@code years} years
	 * up to the day (5 unless given).
	 */
	PUBLICATIONS;

	ConditionResult check(ApplicantRecord applicant, Map<String, String> params) {
		return switch (this) {
			case TITLE -> {
				TitleLevel required = TitleLevel.valueOf(params.get("min"));
				TitleLevel actual = applicant.titleLevel();
				// the title levels are listed highest first
				yield new ConditionResult(this, actual != null && actual.ordinal() <= required.ordinal(), required,
						actual);
			}
			case DEGREE -> {
				HighestDegree required = HighestDegree.valueOf(params.get("min"));
				HighestDegree actual = applicant.highestDegree();
				yield new ConditionResult(this, actual != null && actual.atLeast(required), required, actual);
			}
			case FUNDING -> {
				BigDecimal required = new BigDecimal(params.get("min"));
				BigDecimal actual = applicant.fundingOn(applicant.asOf());
				yield new ConditionResult(this, actual.compareTo(required) >= 0, required, actual);
			}
			case PUBLICATIONS -> {
				int required = Integer.parseInt(params.get("min"));
				int actual = applicant.publicationsWithin(Integer.parseInt(params.getOrDefault("years", "5")));
				yield new ConditionResult(this, actual >= required, required, actual);
			}
		};
	}

	public String messageKey() {
		return "qualificationCondition." + name();
	}

}
