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
	TITLE {
		@Override
		ConditionResult check(ApplicantRecord applicant, Map<String, String> params) {
			TitleLevel required = TitleLevel.valueOf(params.get("min"));
			TitleLevel actual = applicant.titleLevel();
			// the title levels are listed highest first
			boolean met = actual != null && actual.ordinal() <= required.ordinal();
			return new ConditionResult(this, met, required, actual);
		}
	},
	/** 最高学位: {@code min} = a {@link HighestDegree} code. */
	DEGREE {
		@Override
		ConditionResult check(ApplicantRecord applicant, Map<String, String> params) {
			HighestDegree required = HighestDegree.valueOf(params.get("min"));
			HighestDegree actual = applicant.highestDegree();
			return new ConditionResult(this, actual != null && actual.atLeast(required), required, actual);
		}
	},
	/** 科研经费: {@code min} = yuan of the grants running on the day, summed. */
	FUNDING {
		@Override
		ConditionResult check(ApplicantRecord applicant, Map<String, String> params) {
			BigDecimal required = new BigDecimal(params.get("min"));
			BigDecimal actual = applicant.fundingOn(applicant.asOf());
			return new ConditionResult(this, actual.compareTo(required) >= 0, required, actual);
		}
	},
	/**
	 * 论文: {@code min} = publications of the register published within {@code years} years
	 * up to the day.
	 */
	PUBLICATIONS {
		@Override
		ConditionResult check(ApplicantRecord applicant, Map<String, String> params) {
			int required = Integer.parseInt(params.get("min"));
			int years = Integer.parseInt(params.getOrDefault("years", "5"));
			int actual = applicant.publicationsWithin(years);
			return new ConditionResult(this, actual >= required, required, actual);
		}
	};

	abstract ConditionResult check(ApplicantRecord applicant, Map<String, String> params);

	public String messageKey() {
		return "qualificationCondition." + name();
	}

}
