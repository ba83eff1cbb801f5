package com.clinigrad.shared.reminders;

/**
 * A kind of deadline people are reminded of, and whether the reminder comes before the
 * day (something falls due) or after it (something has waited or is overdue).
 */
public enum DeadlineKind {

	/** A blind review falls due (to its expert; names no student). */
	REVIEW_DUE(Timing.BEFORE),
	/** A blind review is overdue (to its expert; names no student). */
	REVIEW_OVERDUE(Timing.AFTER),
	/** The medical license is due by the end of semester 5 (to the student). */
	MEDICAL_LICENSE(Timing.BEFORE),
	/**
	 * A rotation ended without its exit exam recorded (to the department and its hospital
	 * office).
	 */
	ROTATION_EXAM_MISSING(Timing.AFTER),
	/** A waiver step has waited for its decision (to whoever decides it). */
	WAIVER_WAITING(Timing.AFTER),
	/** A thesis milestone is overdue (to the student and the supervisors). */
	MILESTONE_OVERDUE(Timing.AFTER),
	/**
	 * A practice-credit application has waited at its step (to the office deciding it).
	 */
	PRACTICE_WAITING(Timing.AFTER),
	/**
	 * A supervisor qualification comes up for re-review (to the supervisor and the
	 * graduate school).
	 */
	QUALIFICATION_EXPIRY(Timing.BEFORE),
	/**
	 * The publicity period (公示) of an award list ends: objections close (to the students
	 * of the population who have not objected, the hospital offices and the graduate
	 * school).
	 */
	PUBLICITY_ENDING(Timing.BEFORE),
	/**
	 * A 360° round closes and an invited rater has not answered (to that rater; names the
	 * trainee, never other raters).
	 */
	MSF_UNANSWERED(Timing.BEFORE);

	private final Timing timing;

	DeadlineKind(Timing timing) {
		this.timing = timing;
	}

	public Timing timing() {
		return this.timing;
	}

	/**
	 * @return the words of the kind
	 */
	public String messageKey() {
		return "reminder.kind." + name();
	}

	/**
	 * @return the words naming who hears of it
	 */
	public String audienceKey() {
		return "reminder.audience." + name();
	}

	/**
	 * Whether the reminder comes before the day or after it.
	 */
	public enum Timing {

		/** Days before the day something falls due. */
		BEFORE,
		/** Days after the day something fell due or started to wait. */
		AFTER;

		public String messageKey() {
			return "reminder.timing." + name();
		}

	}

}
