package com.clinigrad.awards;

import java.math.BigDecimal;
import java.util.List;

import com.clinigrad.students.StudentFacts;

/**
 * A student's comprehensive evaluation (综合测评) under a scheme: the total, each component
 * with its records, and either an exclusion or the rank within the quota group (cohort ×
 * program).
 *
 * @param rank the place in the quota group, 0 when excluded
 * @param tieBroken whether the student shares the total with a neighbour and the scheme's
 * tie-break component decided the order
 */
public record StudentEvaluation(StudentFacts student, BigDecimal total, List<ComponentScore> components,
		Exclusion exclusion, int rank, boolean tieBroken) {

	public boolean excluded() {
		return this.exclusion != null;
	}

	public String group() {
		return this.student.cohortYear() + " " + this.student.programCode();
	}

	public BigDecimal score(EvaluationComponent component) {
		return this.components.stream()
			.filter((c) -> c.component() == component)
			.map(ComponentScore::score)
			.findFirst()
			.orElse(BigDecimal.ZERO);
	}

	StudentEvaluation ranked(int place, boolean tie) {
		return new StudentEvaluation(this.student, this.total, this.components, this.exclusion, place, tie);
	}

}
