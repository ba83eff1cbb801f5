package com.clinigrad.eligibility;

import java.util.List;

import com.clinigrad.eligibility.rules.RuleSet;

/**
 * The rows of a finished batch audit that a query selects, in its order, and the rule
 * columns they need: what the page lists (a page of it) and what its exports write (all
 * of it).
 *
 * @param rules the rules of the selected students' rule sets, in the contract's order
 * (every rule of the run when nothing is selected)
 * @param rows the selected rows, in the query's order
 */
public record BatchAuditSelection(BatchAuditRun run, BatchAuditQuery query, List<String> rules,
		List<BatchAuditRun.Row> rows) {

	public BatchAuditSelection {
		rules = List.copyOf(rules);
		rows = List.copyOf(rows);
	}

	static BatchAuditSelection of(BatchAuditRun run, BatchAuditQuery query) {
		List<BatchAuditRun.Row> rows = run.rows()
			.stream()
			.filter((row) -> query.matches(row, run.rules()))
			.sorted(query.sort().comparator())
			.toList();
		List<String> rules = rows.isEmpty() ? run.rules()
				: RuleSet.CODES.stream()
					.filter(run.rules()::contains)
					.filter((code) -> rows.stream().anyMatch((row) -> row.statuses().containsKey(code)))
					.toList();
		return new BatchAuditSelection(run, query, rules, rows);
	}

	/**
	 * @return whether the run covers several programs (the table then names each
	 * student's program)
	 */
	public boolean severalPrograms() {
		return this.run.programs().size() > 1;
	}

	public long eligibleToDefend() {
		return this.rows.stream().filter(BatchAuditRun.Row::eligibleToDefend).count();
	}

	public long eligibleForDegree() {
		return this.rows.stream().filter(BatchAuditRun.Row::eligibleForDegree).count();
	}

}
