package com.clinigrad.competency;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The anonymity rules of a 360° round, pure Java: a rater kind's results are shown only
 * when the round is closed and the kind has at least its minimum number of answers; the
 * competency profile reads the mean of the shown kinds that feed it.
 */
public final class MsfRules {

	private MsfRules() {
	}

	/**
	 * @return whether a kind's results may be shown
	 */
	public static boolean shown(MsfStatus status, int answers, int minRaters) {
		return status.showsResults() && answers >= Math.max(1, minRaters);
	}

	/**
	 * The level a closed round gives each competency: the mean rating over the answers of
	 * the kinds that are shown and feed the profile.
	 * @param sums per kind, per competency: the sum of ratings and their number
	 * @param answers the number of answers per kind
	 * @param minRaters the minimum per kind
	 */
	public static Map<String, BigDecimal> profileMeans(Map<RaterKind, Map<String, long[]>> sums,
			Map<RaterKind, Integer> answers, Map<RaterKind, Integer> minRaters) {
		Map<String, long[]> total = new LinkedHashMap<>();
		sums.forEach((kind, byCompetency) -> {
			if (!kind.feedsProfile()
					|| !shown(MsfStatus.CLOSED, answers.getOrDefault(kind, 0), minRaters.getOrDefault(kind, 3))) {
				return;
			}
			byCompetency.forEach((code, sumCount) -> {
				long[] t = total.computeIfAbsent(code, (k) -> new long[2]);
				t[0] += sumCount[0];
				t[1] += sumCount[1];
			});
		});
		Map<String, BigDecimal> means = new LinkedHashMap<>();
		total.forEach((code, t) -> {
			if (t[1] > 0) {
				means.put(code, BigDecimal.valueOf(t[0]).divide(BigDecimal.valueOf(t[1]), 2, RoundingMode.HALF_UP));
			}
		});
		return means;
	}

	/**
	 * @return the mean of ratings with two decimals, {@code null} for none
	 */
	public static BigDecimal mean(Collection<Integer> ratings) {
		if (ratings.isEmpty()) {
			return null;
		}
		long sum = ratings.stream().mapToLong(Integer::longValue).sum();
		return BigDecimal.valueOf(sum).divide(BigDecimal.valueOf(ratings.size()), 2, RoundingMode.HALF_UP);
	}

	static List<RaterKind> kinds() {
		return List.of(RaterKind.values());
	}

}
