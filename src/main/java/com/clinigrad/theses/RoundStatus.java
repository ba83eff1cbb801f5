package com.clinigrad.theses;

/**
 * Where a review round (送审轮次, DOMAIN §6) stands, and the one table of what may happen to
 * it: the similarity check (查重) of an open round lets it go to blind review or cancels
 * it; under review, the verdicts clear it for the defense or block it; after a cancelled
 * or blocked round the office opens the next one. Verdicts recorded elsewhere and
 * imported (the exchange format's {@code reviews}) put a round under review without a
 * review period, and judge a concluded one again when an import corrects them.
 */
public enum RoundStatus {

	/** 查重 and preparation: no reviewer assigned yet. */
	OPEN,
	/**
	 * 盲审中: reviewers assigned, or verdicts imported. The status column keeps it as
	 * {@code OPEN} with the review's start date or the imported mark (see
	 * {@link #stored()}).
	 */
	UNDER_REVIEW,
	/** 已取消: the similarity result was above the program's maximum. */
	CANCELLED,
	/** 未通过: the verdicts block this round's defense. */
	BLOCKED,
	/** 可答辩. */
	CLEARED;

	/**
	 * What may happen to a round.
	 */
	enum Action {

		/** The similarity result, at or below the maximum. */
		RECORD_SIMILARITY,
		/** The similarity result, above the maximum. */
		CANCEL,
		/** Reviewers assigned (the first ones start the review, later ones replace). */
		ASSIGN_REVIEWERS,
		/** Every review in and the verdicts allow the defense. */
		CLEAR,
		/** Every review in and the verdicts block the defense. */
		BLOCK,
		/** The next round opened after this one; this one stays as it is. */
		OPEN_NEXT,
		/**
		 * Verdicts recorded elsewhere were imported into the round: it is under review
		 * (judged again if it had concluded on its verdicts) until the verdict rule
		 * clears or blocks it.
		 */
		IMPORT_VERDICTS,
		/**
		 * A similarity result above the maximum, recorded elsewhere and imported, for a
		 * round the app did not send to review: it cancels the round, whatever verdicts
		 * were imported into it.
		 */
		IMPORT_SIMILARITY

	}

	/**
	 * The allowed transitions.
	 * @return the status after the action, or {@code null} when this status does not
	 * allow it
	 */
	RoundStatus after(Action action) {
		return switch (this) {
			case OPEN -> switch (action) {
				case RECORD_SIMILARITY -> OPEN;
				case CANCEL, IMPORT_SIMILARITY -> CANCELLED;
				case ASSIGN_REVIEWERS, IMPORT_VERDICTS -> UNDER_REVIEW;
				default -> null;
			};
			case UNDER_REVIEW -> switch (action) {
				case ASSIGN_REVIEWERS, IMPORT_VERDICTS -> UNDER_REVIEW;
				case CLEAR -> CLEARED;
				case BLOCK -> BLOCKED;
				case IMPORT_SIMILARITY -> CANCELLED;
				default -> null;
			};
			case CANCELLED -> (action == Action.OPEN_NEXT) ? this : null;
			case BLOCKED -> switch (action) {
				case OPEN_NEXT -> this;
				case IMPORT_VERDICTS -> UNDER_REVIEW;
				case IMPORT_SIMILARITY -> CANCELLED;
				default -> null;
			};
			case CLEARED -> switch (action) {
				case IMPORT_VERDICTS -> UNDER_REVIEW;
				case IMPORT_SIMILARITY -> CANCELLED;
				default -> null;
			};
		};
	}

	/**
	 * @param stored the value of the status column
	 * @param underReview whether the round's review has started in the app or verdicts
	 * were imported into it
	 * @return the round's status: {@link #UNDER_REVIEW} for an open round under review
	 */
	static RoundStatus of(RoundStatus stored, boolean underReview) {
		return (stored == OPEN && underReview) ? UNDER_REVIEW : stored;
	}

	/**
	 * @return the value of the status column: the column has held the same four values
	 * since V22, so a round under review is stored as {@code OPEN} (its review start date
	 * tells the two apart)
	 */
	RoundStatus stored() {
		return (this == UNDER_REVIEW) ? OPEN : this;
	}

	/**
	 * @return whether the round's reviews are complete, so that students and supervisors
	 * see the verdicts
	 */
	public boolean reviewed() {
		return this == CLEARED || this == BLOCKED;
	}

	public String messageKey() {
		return "thesis.roundStatus." + name();
	}

}
