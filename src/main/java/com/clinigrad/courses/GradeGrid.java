package com.clinigrad.courses;

import java.math.BigDecimal;
import java.util.List;

/**
 * The grade grid of an offering: one row per enrolled student, with the attempt this
 * term's grade is (a retake is a new attempt) and what is recorded so far, and where the
 * class's grade sheet stands.
 *
 * @param editable whether grades may be saved now (the sheet is not submitted)
 * @param maySubmit whether the sheet may be submitted now
 * @param mayReopen whether the caller may reopen the sheet now (graduate-school staff, a
 * submitted sheet)
 */
public record GradeGrid(OfferingView offering, List<Row> rows, GradeSheetView sheet, boolean editable,
		boolean maySubmit, boolean mayReopen) {

	public GradeGrid {
		rows = List.copyOf(rows);
	}

	/**
	 * @return how many enrolled students have no grade this term yet
	 */
	public long ungraded() {
		return this.rows.stream().filter((row) -> row.value().isEmpty()).count();
	}

	/**
	 * @return how many recorded grades fail at the student's pass mark
	 */
	public long failing() {
		return this.rows.stream().filter(Row::failing).count();
	}

	/**
	 * @param score the recorded score, or {@code null}
	 * @param result the recorded pass/fail result, or {@code null}
	 * @param earlierAttempts the student's earlier sittings of the course
	 * @param passMark the pass mark of the student's program
	 */
	public record Row(long studentId, String studentNo, String name, int attempt, BigDecimal score, GradeResult result,
			List<Sitting> earlierAttempts, BigDecimal passMark) {

		public Row {
			earlierAttempts = List.copyOf(earlierAttempts);
		}

		/**
		 * @return the cell's value as the grid sends it: the score, the result's name, or
		 * empty
		 */
		public String value() {
			if (this.score != null) {
				return GradeChange.scoreText(this.score);
			}
			return (this.result != null) ? this.result.name() : "";
		}

		/**
		 * @return whether the recorded grade is a failing one
		 */
		public boolean failing() {
			if (this.score != null) {
				return !Scores.passes(this.score, this.passMark);
			}
			return this.result == GradeResult.FAIL;
		}

	}

	/**
	 * An earlier sitting of the course, shown beside a retake.
	 */
	public record Sitting(String term, int attempt, BigDecimal score, GradeResult result) {

		public String scoreText() {
			return GradeChange.scoreText(this.score);
		}

	}

}
