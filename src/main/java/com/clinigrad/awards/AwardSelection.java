package com.clinigrad.awards;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The selection of DOMAIN §10, pure: in each quota group (cohort × program) each ranked
 * award type of the scheme, in the scheme's order, takes as many students as its quota
 * allows — the quota a ratio of the type's eligible population in the group (every
 * student it admits, the excluded ones counted) rounded as the scheme says, or a count
 * per group — from the students ranked in the group, by rank; a student wins one ranked
 * award at most (the first, highest, one). The delayed and vetoed students are never
 * taken and keep their reason.
 */
public final class AwardSelection {

	private AwardSelection() {
	}

	/**
	 * @param evaluations the ranked evaluations of the population
	 * ({@link ComprehensiveEvaluation#rank})
	 */
	public static Result select(SchemeView scheme, List<StudentEvaluation> evaluations) {
		List<AwardTypeView> ranked = scheme.types().stream().filter((t) -> t.allocation().ranked()).toList();
		Map<String, List<StudentEvaluation>> groups = new LinkedHashMap<>();
		evaluations.forEach((e) -> groups.computeIfAbsent(e.group(), (g) -> new ArrayList<>()).add(e));
		Map<Long, AwardTypeView> won = new HashMap<>();
		List<Quota> quotas = new ArrayList<>();
		for (Map.Entry<String, List<StudentEvaluation>> group : groups.entrySet()) {
			Set<Long> taken = new HashSet<>();
			for (AwardTypeView type : ranked) {
				List<StudentEvaluation> admitted = group.getValue()
					.stream()
					.filter((e) -> type.admits(e.student().degreeType(), e.student().admissionType(),
							e.student().cohortYear(), scheme.year()))
					.toList();
				if (admitted.isEmpty()) {
					continue;
				}
				int quota = quota(scheme.quotaRounding(), type, admitted.size());
				List<StudentEvaluation> winners = admitted.stream()
					.filter((e) -> !e.excluded() && !taken.contains(e.student().id()))
					.sorted(java.util.Comparator.comparingInt(StudentEvaluation::rank))
					.limit(quota)
					.toList();
				winners.forEach((e) -> {
					taken.add(e.student().id());
					won.put(e.student().id(), type);
				});
				quotas.add(new Quota(group.getKey(), type, admitted.size(), quota, winners.size()));
			}
		}
		List<Line> lines = evaluations.stream().map((e) -> new Line(e, won.get(e.student().id()))).toList();
		return new Result(lines, quotas);
	}

	/**
	 * @return how many students of an eligible population the type's quota allows
	 */
	public static int quota(QuotaRounding rounding, AwardTypeView type, int population) {
		if (type.quotaCount() != null) {
			return type.quotaCount();
		}
		if (type.quotaRatio() == null) {
			return 0;
		}
		return rounding.quota(type.quotaRatio(), population);
	}

	/**
	 * The selection: a line per student of the population, and the quotas.
	 */
	public record Result(List<Line> lines, List<Quota> quotas) {

		public List<Line> winners() {
			return this.lines.stream().filter((l) -> l.award() != null).toList();
		}

	}

	/**
	 * A student's line: the evaluation (rank or exclusion) and the award won, or
	 * {@code null}.
	 */
	public record Line(StudentEvaluation evaluation, AwardTypeView award) {
	}

	/**
	 * A ranked award type's quota in a quota group.
	 *
	 * @param population the students of the group the type admits
	 * @param quota how many the quota allows
	 * @param taken how many were taken (fewer when too few were ranked)
	 */
	public record Quota(String group, AwardTypeView type, int population, int quota, int taken) {
	}

}
