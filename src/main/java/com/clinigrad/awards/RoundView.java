package com.clinigrad.awards;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * A selection round as the caller may see it: the list lines in their scope, the quotas,
 * the hospital reviews, the objections and the list's history, and what the caller may do
 * next.
 *
 * @param hospitalsToReview the hospitals with students on the list whose office has not
 * reviewed yet
 * @param ownObjection the calling student's objection, or {@code null}
 */
public record RoundView(long id, SchemeView scheme, LocalDate asOf, RoundState state, LocalDate publicityStart,
		LocalDate publicityEnd, long version, List<LineView> lines, List<QuotaView> quotas, List<ReviewView> reviews,
		Set<String> hospitalsToReview, List<ObjectionView> objections, List<ChangeView> changes,
		ObjectionView ownObjection, Actions actions) {

	public long winnerCount() {
		return this.lines.stream().filter((l) -> l.award() != null).count();
	}

	public long waitingObjections() {
		return this.objections.stream().filter((o) -> o.state().waiting()).count();
	}

	/**
	 * What the caller may do now.
	 */
	public record Actions(boolean recompute, boolean review, boolean approve, boolean publish, boolean object,
			boolean decide, boolean finalise) {
	}

	/**
	 * A student's line on the list.
	 *
	 * @param award the award won, or {@code null}
	 * @param exclusion why the student was not ranked, or {@code null}
	 */
	public record LineView(long studentId, String studentNo, String name, String hospitalCode, String group, int rank,
			BigDecimal total, AwardTypeView award, Exclusion exclusion) {
	}

	/**
	 * A ranked award type's quota in a quota group.
	 */
	public record QuotaView(String group, AwardTypeView type, int population, int quota) {
	}

	/**
	 * A hospital office's review of its students' part.
	 */
	public record ReviewView(String hospitalCode, String remark, String reviewedBy, Instant reviewedAt) {
	}

	/**
	 * A student's objection.
	 */
	public record ObjectionView(long id, String studentNo, String studentName, String hospitalCode, String reason,
			ObjectionState state, Instant submittedAt, String decidedBy, Instant decidedAt, String decisionNote,
			long version) {
	}

	/**
	 * A correction of the list, with its reason.
	 */
	public record ChangeView(String studentNo, String studentName, AwardTypeView from, AwardTypeView to, String reason,
			String changedBy, Instant changedAt) {
	}

}
