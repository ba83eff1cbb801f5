package com.clinigrad.eligibility;

import java.util.List;
import java.util.Locale;

/**
 * The filters and the order of a batch audit table: the page and its exports are built
 * from the same query, so that an export holds exactly the rows the page lists.
 *
 * @param search part of a student number or name, or {@code null}
 * @param program a program code, or {@code null} for every program of the run
 * @param cohort a cohort, or {@code null}
 * @param hospital a hospital code, or {@code null}
 * @param rule a rule code, or {@code null}: with a status, that check has the status;
 * alone, the rule applies to the student
 * @param status a status, or {@code null}: without a rule, at least one check has it (未通过
 * = at least one failed check)
 * @param defend whether the student may defend, or {@code null}
 * @param degree whether the student may receive the degree, or {@code null}
 * @param sort the order, {@code null} for the student number
 */
public record BatchAuditQuery(String search, String program, Integer cohort, String hospital, String rule,
		BatchCell status, Boolean defend, Boolean degree, BatchAuditSort sort) {

	public BatchAuditQuery {
		search = blankToNull(search);
		program = blankToNull(program);
		hospital = blankToNull(hospital);
		rule = blankToNull(rule);
		if (sort == null) {
			sort = BatchAuditSort.STUDENT_NO;
		}
	}

	/**
	 * @return a query selecting every row, by student number
	 */
	public static BatchAuditQuery all() {
		return new BatchAuditQuery(null, null, null, null, null, null, null, null, null);
	}

	public boolean filtered() {
		return this.search != null || this.program != null || this.cohort != null || this.hospital != null
				|| this.rule != null || this.status != null || this.defend != null || this.degree != null;
	}

	/**
	 * @param rules the rules of the run (a row's program may lack some)
	 */
	boolean matches(BatchAuditRun.Row row, List<String> rules) {
		return matchesSearch(row) && (this.program == null || this.program.equals(row.student().programCode()))
				&& (this.cohort == null || this.cohort == row.student().cohortYear())
				&& (this.hospital == null || this.hospital.equals(row.student().hospitalCode()))
				&& (this.defend == null || this.defend == row.eligibleToDefend())
				&& (this.degree == null || this.degree == row.eligibleForDegree()) && matchesCheck(row, rules);
	}

	private boolean matchesSearch(BatchAuditRun.Row row) {
		if (this.search == null) {
			return true;
		}
		String text = this.search.trim().toLowerCase(Locale.ROOT);
		return row.student().studentNo().toLowerCase(Locale.ROOT).contains(text)
				|| row.student().name().toLowerCase(Locale.ROOT).contains(text);
	}

	private boolean matchesCheck(BatchAuditRun.Row row, List<String> rules) {
		if (this.rule != null && this.status != null) {
			return row.cell(this.rule) == this.status;
		}
		if (this.rule != null) {
			return row.cell(this.rule) != BatchCell.NOT_APPLICABLE;
		}
		if (this.status != null) {
			return (this.status == BatchCell.NOT_APPLICABLE)
					? rules.stream().anyMatch((code) -> row.cell(code) == BatchCell.NOT_APPLICABLE)
					: row.hasAny(this.status);
		}
		return true;
	}

	private static String blankToNull(String text) {
		return (text == null || text.isBlank()) ? null : text.trim();
	}

}
