package com.clinigrad.awards;

import java.time.LocalDate;
import java.util.List;

/**
 * A scheme's comprehensive evaluation on a day: the students the caller may see, ranked
 * per quota group, the excluded ones with the reason.
 */
public record EvaluationView(SchemeView scheme, LocalDate asOf, List<StudentEvaluation> students) {

	public long excludedCount() {
		return this.students.stream().filter(StudentEvaluation::excluded).count();
	}

}
