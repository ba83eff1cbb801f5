package com.clinigrad.selection;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * A supervisor's score explained: each criterion's weight, share, points, what was found
 * and the records it came from; the suspensions with their appeals; the places per
 * program.
 *
 * @param places per program code
 * @param ranked how many supervisors were ranked
 */
public record Explanation(RoundView round, BoardRow row, int ranked, List<CriterionScore> criteria,
		List<SuspensionView> suspensions, Map<String, Integer> places, BigDecimal minScore) {
}
