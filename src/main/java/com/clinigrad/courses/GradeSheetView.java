package com.clinigrad.courses;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Where an offering's grade sheet stands, who submitted or reopened it last and when, and
 * its history (submissions, reopenings with their reasons, imports into a submitted
 * sheet), oldest first.
 *
 * @param submittedBy the name of who submitted it last, {@code null} when never or when
 * the system did
 */
public record GradeSheetView(GradeSheetStatus status, String submittedBy, Instant submittedAt, String reopenedBy,
		Instant reopenedAt, List<Step> steps) {

	/** The longest reason a reopening may give. */
	public static final int REASON_MAX = 500;

	public GradeSheetView {
		steps = List.copyOf(steps);
	}

	/**
	 * @return why the sheet was reopened last, or {@code null} when it never was
	 */
	public String lastReopenReason() {
		for (int i = this.steps.size() - 1; i >= 0; i--) {
			if (this.steps.get(i).action() == GradeSheetAction.REOPEN) {
				return this.steps.get(i).reason();
			}
		}
		return null;
	}

	/**
	 * @return the steps, newest first, as the history shows them
	 */
	public List<Step> newestFirst() {
		List<Step> newest = new ArrayList<>(this.steps);
		Collections.reverse(newest);
		return newest;
	}

	/**
	 * One step in the sheet's history.
	 *
	 * @param reason why the graduate school reopened the sheet, else {@code null}
	 * @param gradesChanged for an import, how many grades it changed
	 * @param actor the name of who did it, {@code null} for the system
	 */
	public record Step(GradeSheetAction action, GradeSheetStatus statusAfter, String reason, Integer gradesChanged,
			String actor, Instant actedAt) {
	}

}
