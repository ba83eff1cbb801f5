package com.clinigrad.selection;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Allocates the places of the next intake (招生名额): for each discipline and program, the
 * school's total goes down the ranking one place per person and pass — so that the best
 * ranked get theirs first and no one gets a second before everyone eligible has a first —
 * until the total is used or everyone is at their cap for the level. Eligible: the
 * supervisor's field is the discipline, their qualification covers the level, they are
 * not suspended, and their score reaches the scheme's minimum unless the two-year
 * exemption holds. Doctoral totals go first: their supervisors are fewer. Pure.
 */
public final class QuotaAllocation {

	private QuotaAllocation() {
	}

	/**
	 * @param candidates every supervisor ranked, best first
	 * @param totals the places per discipline and program
	 * @param caps the most places one person may get per level
	 * @return the places per supervisor and program, and what was left of each total
	 */
	public static Result allocate(List<Candidate> candidates, List<Total> totals, Map<DegreeLevel, Integer> caps,
			BigDecimal minScore) {
		List<Candidate> ranked = candidates.stream().sorted(Comparator.comparingInt(Candidate::rank)).toList();
		Map<Long, Map<String, Integer>> places = new LinkedHashMap<>();
		Map<Long, Map<DegreeLevel, Integer>> used = new HashMap<>();
		Map<Total, Integer> left = new LinkedHashMap<>();
		List<Total> order = totals.stream()
			.sorted(Comparator.comparing((Total t) -> t.level() != DegreeLevel.DOCTORAL)
				.thenComparing(Total::disciplineCode)
				.thenComparing(Total::programCode))
			.toList();
		for (Total total : order) {
			List<Candidate> eligible = ranked.stream().filter((c) -> c.mayTake(total, minScore)).toList();
			int remaining = total.places();
			int cap = caps.getOrDefault(total.level(), 0);
			boolean given = true;
			while (remaining > 0 && given) {
				given = false;
				for (Candidate candidate : eligible) {
					if (remaining == 0) {
						break;
					}
					Map<DegreeLevel, Integer> mine = used.computeIfAbsent(candidate.supervisorId(),
							(k) -> new HashMap<>());
					if (mine.getOrDefault(total.level(), 0) >= cap) {
						continue;
					}
					mine.merge(total.level(), 1, Integer::sum);
					places.computeIfAbsent(candidate.supervisorId(), (k) -> new LinkedHashMap<>())
						.merge(total.programCode(), 1, Integer::sum);
					remaining--;
					given = true;
				}
			}
			left.put(total, remaining);
		}
		return new Result(places, left);
	}

	/**
	 * A ranked supervisor.
	 *
	 * @param qualified the level of the supervisor's valid qualification, or {@code null}
	 */
	public record Candidate(long supervisorId, int rank, String disciplineCode, DegreeLevel qualified,
			boolean suspended, boolean exempt, BigDecimal score) {

		boolean mayTake(Total total, BigDecimal minScore) {
			return !this.suspended && this.qualified != null && this.qualified.covers(total.level())
					&& total.disciplineCode().equals(this.disciplineCode)
					&& (this.exempt || this.score.compareTo(minScore) >= 0);
		}

	}

	/**
	 * The places of one discipline and program.
	 */
	public record Total(String disciplineCode, String programCode, DegreeLevel level, int places) {
	}

	/**
	 * @param places per supervisor, per program
	 * @param left what no one could take, per total
	 */
	public record Result(Map<Long, Map<String, Integer>> places, Map<Total, Integer> left) {

		public List<Total> unfilled() {
			return new ArrayList<>(
					this.left.entrySet().stream().filter((e) -> e.getValue() > 0).map(Map.Entry::getKey).toList());
		}

	}

}
