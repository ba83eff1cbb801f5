package com.clinigrad.eligibility;

import java.util.Comparator;

/**
 * The orders a batch audit table offers; each ends with the student number, so that a
 * page always shows the same rows.
 */
public enum BatchAuditSort {

	/** By student number. */
	STUDENT_NO(Comparator.comparing((BatchAuditRun.Row row) -> row.student().studentNo())),
	/** Most unmet checks (failed or pending) first: who needs attention. */
	UNMET(Comparator.comparingInt(BatchAuditRun.Row::unmet).reversed()),
	/** By cohort, the oldest first (closest to graduation). */
	COHORT(Comparator.comparingInt((BatchAuditRun.Row row) -> row.student().cohortYear())),
	/** By hospital, grouping each hospital's students. */
	HOSPITAL(Comparator.comparing((BatchAuditRun.Row row) -> row.student().hospitalCode(),
			Comparator.nullsLast(Comparator.naturalOrder())));

	private final Comparator<BatchAuditRun.Row> order;

	BatchAuditSort(Comparator<BatchAuditRun.Row> order) {
		this.order = order;
	}

	Comparator<BatchAuditRun.Row> comparator() {
		return this.order.thenComparing((row) -> row.student().studentNo());
	}

	public String messageKey() {
		return "batch.sort." + name();
	}

}
