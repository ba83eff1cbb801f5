package com.clinigrad.supervisors;

import java.math.BigDecimal;
import java.util.Map;

/**
 * Students' satisfaction with their supervisors (导师满意度), answered by the module that runs
 * the satisfaction surveys (which depends on this one, not the other way round). The
 * enrollment selection reads it as one of its criteria; when no module answers, the
 * criterion has no data.
 */
public interface SupervisorSatisfaction {

	/**
	 * @param year the survey year
	 * @return per supervisor id, the result of that year's supervision surveys — only
	 * supervisors with at least the minimum number of answers the survey requires
	 * (missing = no result)
	 */
	Map<Long, Score> forYear(int year);

	/**
	 * One supervisor's result.
	 *
	 * @param score mean score on a 0–100 scale
	 * @param answers how many answers it was computed from
	 * @param roundName the survey round it came from, in words, for the explanation
	 */
	record Score(long supervisorId, BigDecimal score, int answers, String roundName) {
	}

}
