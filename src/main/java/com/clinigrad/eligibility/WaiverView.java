package com.clinigrad.eligibility;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * An exception on one check of one student, with its chain of decisions.
 *
 * @param kind {@code WAIVE}, {@code SUBSTITUTE} (met by something else, described) or
 * {@code EXTEND} (a later deadline, {@code extendedUntil})
 */
public record WaiverView(long id, String studentNo, String studentName, String hospitalCode, String ruleCode,
		String kind, String reason, String evidence, String substitute, LocalDate extendedUntil, WaiverStatus status,
		String requestedBy, OffsetDateTime requestedAt, String approvedBy, long version, List<Step> steps) {

	public WaiverView {
		steps = List.copyOf(steps);
	}

	/**
	 * One decision: who, when, what and why.
	 */
	public record Step(String step, String decision, String reason, String actor, OffsetDateTime actedAt) {
	}

}
