package com.clinigrad.theses;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * A student's thesis as the caller may see it: the record with its counts and
 * declaration, the file versions, the review rounds with their similarity results and
 * reviews. Reviewer identities are filled in for graduate-school staff only.
 *
 * @param thesis {@code null} before the first upload
 * @param problems message keys of what still keeps the thesis from review (counts,
 * declaration, anonymised copy)
 */
public record ThesisDossier(String studentNo, String studentName, String programCode, boolean doctoral, State thesis,
		List<FileView> files, List<RoundView> rounds, ThesisRequirements.Limits limits, List<Problem> problems,
		Permissions may) {

	public RoundView currentRound() {
		return this.rounds.isEmpty() ? null : this.rounds.get(0);
	}

	/**
	 * @return whether staff may assign reviewers to the current round: before its review,
	 * or to replace a reviewer who declined or was withdrawn
	 */
	public boolean takesReviewers() {
		RoundView round = currentRound();
		return this.thesis != null && round != null && (round.beforeReview() || round.replacementNeeded());
	}

	/**
	 * The record's title, counts (and where they come from) and declaration signatures.
	 */
	public record State(String title, int bodyChars, int abstractZhChars, int abstractEnChars,
			CountsSource countsSource, String overrideReason, String overrideBy, OffsetDateTime overrideAt,
			String studentSignedBy, OffsetDateTime studentSignedAt, String supervisorSignedBy,
			OffsetDateTime supervisorSignedAt, boolean declarationSigned, int currentRound, long version) {

		/**
		 * @return whether staff set the counts by hand
		 */
		public boolean overridden() {
			return this.countsSource == CountsSource.OVERRIDE;
		}

	}

	/**
	 * One uploaded version.
	 */
	public record FileView(long id, FileKind kind, int versionNo, String fileName, String format, int sizeBytes,
			Integer bodyChars, Integer abstractZhChars, Integer abstractEnChars, List<String> notFound,
			String uploadedBy, OffsetDateTime uploadedAt) {

		/**
		 * @return whether this is the thesis as written (not the anonymised copy)
		 */
		public boolean full() {
			return this.kind == FileKind.FULL;
		}

	}

	/**
	 * One round towards the defense.
	 *
	 * @param status {@code OPEN} before the review, {@code UNDER_REVIEW} once reviewers
	 * are assigned or verdicts imported, {@code CANCELLED} (similarity), {@code BLOCKED}
	 * (review verdicts) or {@code CLEARED}
	 * @param reviewDueOn the review's deadline, {@code null} before the review and for a
	 * round whose verdicts were imported (the import carries no dates)
	 * @param imported whether verdicts recorded elsewhere were imported into the round
	 * (the exchange format's {@code reviews}: verdicts only, no scores or comments)
	 * @param reviewsShown whether the caller sees the verdicts (staff always; others once
	 * the round's reviews are complete)
	 * @param submitted how many verdicts are in (shown to all, without the verdicts)
	 */
	public record RoundView(int roundNo, RoundStatus status, BigDecimal similarityPercent, String similarityFileName,
			String similarityBy, OffsetDateTime similarityAt, LocalDate reviewStartedOn, LocalDate reviewDueOn,
			RoundClosedReason closedReason, long version, List<ReviewSlot> reviews, boolean reviewsShown,
			long submitted, boolean imported) {

		public long disagree() {
			return this.reviews.stream()
				.filter((review) -> review.verdict() != null && review.verdict().disagrees())
				.count();
		}

		/**
		 * @return whether the round is open, before or under review
		 */
		public boolean open() {
			return this.status == RoundStatus.OPEN || this.status == RoundStatus.UNDER_REVIEW;
		}

		/**
		 * @return whether the round is still being prepared for the review (similarity,
		 * copy, declaration): no reviewer assigned and no verdict imported
		 */
		public boolean beforeReview() {
			return this.status == RoundStatus.OPEN;
		}

		/**
		 * @return whether reviewers are assigned or verdicts imported and the verdict
		 * rule has not concluded yet
		 */
		public boolean underReview() {
			return this.status == RoundStatus.UNDER_REVIEW;
		}

		/**
		 * @return whether a reviewer of the round declined or was withdrawn, so that the
		 * office assigns someone else
		 */
		public boolean replacementNeeded() {
			return underReview() && this.reviews.stream().anyMatch(ReviewSlot::declined);
		}

		public boolean cancelled() {
			return this.status == RoundStatus.CANCELLED;
		}

		public boolean blocked() {
			return this.status == RoundStatus.BLOCKED;
		}

		public boolean cleared() {
			return this.status == RoundStatus.CLEARED;
		}

		/**
		 * @return whether the next round may be opened after this one
		 */
		public boolean allowsNextRound() {
			return this.status.after(RoundStatus.Action.OPEN_NEXT) != null;
		}

	}

	/**
	 * One blind review as the caller may see it: {@code label} (A, B, …) always, the
	 * reviewer's name, staff number and the review's code for graduate-school staff only.
	 */
	public record ReviewSlot(String label, String reviewerName, String reviewerStaffNo, ReviewVerdict verdict,
			BigDecimal scoreTopic, BigDecimal scoreInnovation, BigDecimal scoreKnowledge, BigDecimal scoreAbility,
			BigDecimal scoreWriting, String comments, OffsetDateTime submittedAt, LocalDate dueOn,
			String declinedReason, List<Reminder> reminders, String code) {

		public BigDecimal total() {
			if (this.scoreTopic == null) {
				return null;
			}
			return this.scoreTopic.add(this.scoreInnovation)
				.add(this.scoreKnowledge)
				.add(this.scoreAbility)
				.add(this.scoreWriting);
		}

		public boolean declined() {
			return this.declinedReason != null;
		}

	}

	/**
	 * A reminder recorded for a pending review.
	 */
	public record Reminder(ReminderKind kind, LocalDate sentOn) {

		public boolean overdue() {
			return this.kind == ReminderKind.OVERDUE;
		}

	}

	/**
	 * Something that keeps the thesis from review, as a message key and its arguments.
	 */
	public record Problem(String key, List<String> args) {

		public Object[] arguments() {
			return this.args.toArray();
		}

	}

	/**
	 * What the caller may do here.
	 */
	public record Permissions(boolean upload, boolean signAsStudent, boolean signAsSupervisor, boolean staff) {

	}

}
