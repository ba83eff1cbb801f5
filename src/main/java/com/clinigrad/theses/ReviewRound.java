package com.clinigrad.theses;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import com.clinigrad.shared.BusinessRuleException;
import com.clinigrad.theses.RoundStatus.Action;

/**
 * One round towards the defense (送审轮次): the similarity check, then the blind review,
 * which clears or blocks it. Guards its status: only the transitions {@link RoundStatus}
 * allows. Who may do what is the services' concern.
 */
@Entity
@Table(name = "thesis_round")
class ReviewRound {

	/** The most rounds a thesis may have. */
	static final int MAX_ROUNDS = 9;

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private long studentId;

	private int roundNo;

	@Enumerated(EnumType.STRING)
	private RoundStatus status = RoundStatus.OPEN;

	private BigDecimal similarityPercent;

	private byte[] similarityReport;

	private String similarityFileName;

	private String similarityBy;

	private Instant similarityAt;

	private LocalDate reviewStartedOn;

	private LocalDate reviewDueOn;

	private boolean reviewsImported;

	@Enumerated(EnumType.STRING)
	private RoundClosedReason closedReason;

	private Instant closedAt;

	@Version
	private long version;

	protected ReviewRound() {
	}

	ReviewRound(long studentId, int roundNo) {
		this.studentId = studentId;
		this.roundNo = roundNo;
	}

	/**
	 * A round as read for settling many at once ({@link ImportedVerdicts}): the fields
	 * its transitions read and change. JPA does not manage it; the caller writes what
	 * changed ({@link #settled()}).
	 */
	static ReviewRound restored(long id, long studentId, int roundNo, RoundStatus status, BigDecimal similarityPercent,
			LocalDate reviewStartedOn, boolean reviewsImported, RoundClosedReason closedReason, Instant closedAt,
			long version) {
		ReviewRound round = new ReviewRound(studentId, roundNo);
		round.id = id;
		round.status = status;
		round.similarityPercent = similarityPercent;
		round.reviewStartedOn = reviewStartedOn;
		round.reviewsImported = reviewsImported;
		round.closedReason = closedReason;
		round.closedAt = closedAt;
		round.version = version;
		return round;
	}

	/**
	 * @return what settling imported verdicts may change, to write and to compare
	 */
	Settled settled() {
		return new Settled(this.id, this.status, this.closedReason, this.closedAt, this.reviewsImported, this.version);
	}

	/**
	 * What settling imported verdicts may change in a round, with the version it was read
	 * at.
	 */
	record Settled(Long id, RoundStatus status, RoundClosedReason closedReason, Instant closedAt,
			boolean reviewsImported, long version) {
	}

	/**
	 * Records the similarity result with its report; above the program's maximum the
	 * round is cancelled. Refused once the review has started or the round has closed.
	 * @param max the program's maximum, or {@code null} for none
	 * @return whether the round was cancelled
	 */
	boolean recordSimilarity(BigDecimal percent, BigDecimal max, String reportName, byte[] report, String who) {
		boolean cancelled = max != null && percent.compareTo(max) > 0;
		RoundStatus next = allow(cancelled ? Action.CANCEL : Action.RECORD_SIMILARITY);
		this.similarityPercent = percent;
		this.similarityReport = report;
		this.similarityFileName = reportName;
		this.similarityBy = who;
		this.similarityAt = Instant.now();
		this.status = next.stored();
		this.closedReason = cancelled ? RoundClosedReason.SIMILARITY : null;
		this.closedAt = cancelled ? Instant.now() : null;
		return cancelled;
	}

	/**
	 * Reviewers are assigned: the first assignment starts the review with its deadline,
	 * later ones (replacements) keep both.
	 */
	void assignReviewers(LocalDate today, LocalDate dueOn) {
		RoundStatus next = allow(Action.ASSIGN_REVIEWERS);
		if (this.reviewStartedOn == null) {
			this.reviewStartedOn = today;
		}
		if (this.reviewDueOn == null) {
			this.reviewDueOn = dueOn;
		}
		this.status = next.stored();
	}

	/**
	 * Verdicts recorded elsewhere were imported into this round (the exchange format's
	 * {@code reviews}: student, reviewer and verdict, no dates): the round is under
	 * review without a review period and judged by the program's verdict rule as soon as
	 * every active review is in and there are enough ({@link #conclude}); a round
	 * concluded on its verdicts is judged again (an import corrected one). A similarity
	 * result above the program's maximum, recorded before, cancels an open round first,
	 * as the check would have before the review.
	 * @return the round's status afterwards
	 */
	RoundStatus recordImportedVerdicts(ReviewTally tally, ThesisRequirements.Limits limits) {
		if (state() == RoundStatus.OPEN && this.similarityPercent != null && limits.maxSimilarity() != null
				&& this.similarityPercent.compareTo(limits.maxSimilarity()) > 0) {
			close(allow(Action.CANCEL), RoundClosedReason.SIMILARITY);
			this.reviewsImported = true;
			return state();
		}
		RoundStatus next = allow(Action.IMPORT_VERDICTS);
		this.reviewsImported = true;
		this.status = next.stored();
		this.closedReason = null;
		this.closedAt = null;
		conclude(tally, limits.minReviewers(), limits.maxDisagree());
		return state();
	}

	/**
	 * A similarity result recorded elsewhere was imported for this round (the exchange
	 * format's {@code theses}): above the program's maximum it cancels the round, as the
	 * check would have before the review, whatever verdicts were imported into it. A
	 * round whose review the app runs keeps its course (its similarity was checked on the
	 * thesis page), and a cancelled one stays cancelled.
	 * @param max the program's maximum, or {@code null} for none
	 * @return whether the round was cancelled
	 */
	boolean recordImportedSimilarity(BigDecimal max) {
		if (this.reviewStartedOn != null || max == null || this.similarityPercent == null
				|| this.similarityPercent.compareTo(max) <= 0) {
			return false;
		}
		RoundStatus next = state().after(Action.IMPORT_SIMILARITY);
		if (next == null) {
			return false;
		}
		close(next, RoundClosedReason.SIMILARITY);
		return true;
	}

	/**
	 * @return whether verdicts imported into this round change it: not after the
	 * similarity check cancelled it
	 */
	boolean takesImportedVerdicts() {
		return state().after(Action.IMPORT_VERDICTS) != null;
	}

	/**
	 * Verdicts were imported into a round they do not change (the similarity check
	 * cancelled it): the round only shows that its verdicts are imported ones.
	 */
	void noteImportedVerdicts() {
		this.reviewsImported = true;
	}

	/**
	 * Clears or blocks the round once every active review is in and there are enough:
	 * more disagreeing verdicts than the program tolerates block it.
	 * @return whether the round closed
	 */
	boolean conclude(ReviewTally tally, int minReviewers, int maxDisagree) {
		if (tally.submitted() < tally.active() || tally.submitted() < minReviewers) {
			return false;
		}
		if (tally.disagree() > maxDisagree) {
			block();
		}
		else {
			clear();
		}
		return true;
	}

	/**
	 * The verdicts allow the defense.
	 */
	void clear() {
		close(allow(Action.CLEAR), null);
	}

	/**
	 * The verdicts block this round's defense.
	 */
	void block() {
		close(allow(Action.BLOCK), RoundClosedReason.REVIEW);
	}

	/**
	 * After a cancelled or blocked round: the next one, with a new similarity check and
	 * new reviews. This round stays on record as it is.
	 */
	ReviewRound next() {
		allow(Action.OPEN_NEXT);
		if (this.roundNo >= MAX_ROUNDS) {
			throw new BusinessRuleException("thesis.error.tooManyRounds");
		}
		return new ReviewRound(this.studentId, this.roundNo + 1);
	}

	/**
	 * @return the round's status, {@link RoundStatus#UNDER_REVIEW} once reviewers are
	 * assigned to an open round or verdicts imported into it
	 */
	RoundStatus state() {
		return RoundStatus.of(this.status, this.reviewStartedOn != null || this.reviewsImported);
	}

	/**
	 * @return whether the round is still open, before or under review
	 */
	boolean open() {
		return this.status == RoundStatus.OPEN;
	}

	long studentId() {
		return this.studentId;
	}

	int roundNo() {
		return this.roundNo;
	}

	BigDecimal similarityPercent() {
		return this.similarityPercent;
	}

	RoundClosedReason closedReason() {
		return this.closedReason;
	}

	long version() {
		return this.version;
	}

	private RoundStatus allow(Action action) {
		RoundStatus next = state().after(action);
		if (next == null) {
			throw refusal(action);
		}
		return next;
	}

	private void close(RoundStatus next, RoundClosedReason reason) {
		this.status = next.stored();
		this.closedReason = reason;
		this.closedAt = Instant.now();
	}

	private BusinessRuleException refusal(Action action) {
		String round = String.valueOf(this.roundNo);
		RoundStatus state = state();
		return switch (action) {
			case RECORD_SIMILARITY, CANCEL ->
				(state == RoundStatus.UNDER_REVIEW) ? new BusinessRuleException("thesis.error.reviewUnderway")
						: new BusinessRuleException("thesis.error.roundClosed", round);
			case CLEAR, BLOCK ->
				(state == RoundStatus.OPEN) ? new BusinessRuleException("thesis.error.roundNotUnderReview", round)
						: new BusinessRuleException("thesis.error.roundClosed", round);
			case ASSIGN_REVIEWERS, IMPORT_VERDICTS, IMPORT_SIMILARITY ->
				new BusinessRuleException("thesis.error.roundClosed", round);
			case OPEN_NEXT -> new BusinessRuleException("thesis.error.roundStillOpen");
		};
	}

}
