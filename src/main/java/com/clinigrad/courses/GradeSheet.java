package com.clinigrad.courses;

import java.math.BigDecimal;
import java.util.List;

/**
 * The grade grid of an offering: one row per enrolled student, with the attempt this
 * term's grade is (a retake is a new attempt) and what is recorded so far.
 */
public record GradeSheet(OfferingView offering, List<Row> rows) {

	public GradeSheet {
		rows = List.copyOf(rows);
	}

	/**
	 * @param passMark the pass mark of the student's program
	 * @param value the recorded score, {@code PASS}/{@code FAIL}, or empty
	 * @param earlierAttempts the student's earlier sittings of the course, e.g.
	 * {@code 2024-1: 52}
	 */
	public record Row(long studentId, String studentNo, String name, int attempt, String value,
			List<String> earlierAttempts, BigDecimal passMark) {

		/**
		 * @return whether the recorded value is a failing one
		 */
		public boolean failing() {
			if (this.value.isEmpty()) {
				return false;
			}
			if ("FAIL".equals(this.value)) {
				return true;
			}
			if ("PASS".equals(this.value)) {
				return false;
			}
			return !Scores.passes(new BigDecimal(this.value), this.passMark);
		}

	}

}
