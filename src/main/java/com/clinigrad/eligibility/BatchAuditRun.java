package com.clinigrad.eligibility;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import com.clinigrad.students.StudentCard;

/**
 * One run of a batch audit, as far as it has got: one row per student, one column per
 * rule code.
 *
 * @param total the students to audit
 * @param done how many are audited so far
 * @param rules the rule codes that occur, in the contract's order
 */
public record BatchAuditRun(String id, String owner, String programCode, Integer cohortYear, LocalDate asOf, int total,
		int done, List<String> rules, List<Row> rows, long millis, String error) {

	public boolean finished() {
		return this.rows != null || this.error != null;
	}

	public int percent() {
		return (this.total == 0) ? 100 : (int) (this.done * 100L / this.total);
	}

	/**
	 * One student's verdicts and the status of each check ({@code null} when the rule set
	 * has no such check).
	 */
	public record Row(StudentCard student, boolean eligibleToDefend, boolean eligibleForDegree,
			Map<String, String> statuses) {

		public String status(String rule) {
			return this.statuses.get(rule);
		}

	}

}
