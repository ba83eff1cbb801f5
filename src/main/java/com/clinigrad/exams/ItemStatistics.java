package com.clinigrad.exams;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Classical item analysis after marking: an item's difficulty (难度) is the candidates'
 * mean score on it as a share of its points; its discrimination (区分度) is the upper-lower
 * index, the mean share of the 27 % with the highest totals minus that of the 27 % with
 * the lowest (at least one candidate in each group).
 */
public final class ItemStatistics {

	/** The share of candidates in the upper and in the lower group. */
	public static final double GROUP_SHARE = 0.27;

	private ItemStatistics() {
	}

	/**
	 * @param totals each candidate's total, by candidate
	 * @param shares each candidate's share (0–1) of the item's points, by candidate; a
	 * candidate missing counts as 0
	 */
	public static Figures of(Map<Long, Double> totals, Map<Long, Double> shares) {
		if (totals.isEmpty()) {
			return new Figures(0, 0, 0);
		}
		List<Long> ranked = new ArrayList<>(totals.keySet());
		ranked
			.sort(Comparator.comparing((Long c) -> totals.get(c)).reversed().thenComparing(Comparator.naturalOrder()));
		double mean = ranked.stream().mapToDouble((c) -> shares.getOrDefault(c, 0.0)).average().orElse(0);
		int group = Math.max(1, (int) Math.round(ranked.size() * GROUP_SHARE));
		double upper = ranked.subList(0, group)
			.stream()
			.mapToDouble((c) -> shares.getOrDefault(c, 0.0))
			.average()
			.orElse(0);
		double lower = ranked.subList(ranked.size() - group, ranked.size())
			.stream()
			.mapToDouble((c) -> shares.getOrDefault(c, 0.0))
			.average()
			.orElse(0);
		return new Figures(ranked.size(), mean, upper - lower);
	}

	/**
	 * @param candidates how many candidates
	 * @param difficulty the mean share of the points (0–1; higher is easier)
	 * @param discrimination upper minus lower group (−1 to 1)
	 */
	public record Figures(int candidates, double difficulty, double discrimination) {
	}

}
