package com.clinigrad.theses;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * What the student's rule set asks of the thesis, and which audit checks still stand in
 * the way of the defense or the degree. The rule sets and the audit live in the
 * eligibility module, which provides this; the thesis module only reads it.
 */
public interface ThesisRequirements {

	/**
	 * The thesis limits of the student's rule set; a limit the rule set does not set is
	 * {@code null}.
	 */
	Limits limits(String studentNo);

	/**
	 * @param forDegree {@code false}: the checks that gate the defense; {@code true}: all
	 * checks
	 * @return the codes of the checks not met today (neither passed nor waived)
	 */
	List<String> unmet(String studentNo, boolean forDegree);

	/**
	 * {@link #unmet(String, boolean)} for many students in one audit run, e.g. the
	 * candidates of a degree committee meeting; the caller has checked that it may see
	 * them.
	 * @return the codes of the checks not met today, by student number; a student whose
	 * program has no rule set for the cohort is absent
	 */
	Map<String, List<String>> unmetOfAll(List<String> studentNos, boolean forDegree);

	/**
	 * @param minBodyChars {@code THESIS_LENGTH}
	 * @param maxAbstractZhChars {@code THESIS_ABSTRACT_ZH}
	 * @param maxAbstractEnChars {@code THESIS_ABSTRACT_EN}
	 * @param maxSimilarity {@code SIMILARITY}
	 * @param minReviewers {@code BLIND_REVIEW} minimum
	 * @param maxDisagree {@code BLIND_REVIEW} verdict rule: disagreeing reviews tolerated
	 */
	record Limits(Integer minBodyChars, Integer maxAbstractZhChars, Integer maxAbstractEnChars,
			BigDecimal maxSimilarity, int minReviewers, int maxDisagree) {

	}

}
