package com.clinigrad.awards;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * An award scheme (奖助方案) of a university and year with its award types and the weights of
 * its comprehensive evaluation.
 *
 * @param programCodes the university's programs the scheme covers
 * @param tieBreak the component whose higher score wins a tie, before the student number
 * @param vetoMonths how many months before the evaluation day an ethics veto excludes
 */
public record SchemeView(long id, String university, int year, String name, String nameEn, List<String> programCodes,
		QuotaRounding quotaRounding, EvaluationComponent tieBreak, int vetoMonths, String note,
		List<AwardTypeView> types, Map<EvaluationComponent, BigDecimal> weights, long version, String updatedBy,
		Instant updatedAt) {

	public String displayName(boolean english) {
		return english ? this.nameEn : this.name;
	}

	/**
	 * @return the sum of the weights (100 when the scheme is complete)
	 */
	public BigDecimal totalWeight() {
		return this.weights.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
	}

	public AwardTypeView type(long typeId) {
		return this.types.stream()
			.filter((t) -> t.id() == typeId)
			.findFirst()
			.orElseThrow(() -> new AwardNotFoundException("award type " + typeId));
	}

}
