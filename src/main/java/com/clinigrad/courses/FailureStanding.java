package com.clinigrad.courses;

/**
 * A student's failed required courses against the program's thresholds (DOMAIN §3.1: two
 * in one semester or three in all open a withdrawal case).
 *
 * @param worstTerm the term with the most failures, or {@code null}
 * @param worstTermCount failed required courses in that term
 * @param total distinct required courses failed at least once (the thresholds count
 * these, even when a retake passed later)
 * @param outstanding required courses whose latest attempt failed (a passing retake takes
 * a course off)
 */
public record FailureStanding(String worstTerm, int worstTermCount, int total, int outstanding, int termLimit,
		int totalLimit) {

	/**
	 * @return {@link Level#THRESHOLD} when a threshold is reached, {@link Level#WARNING}
	 * while a failed required course has not been passed on retake
	 */
	public Level level() {
		if (this.worstTermCount >= this.termLimit || this.total >= this.totalLimit) {
			return Level.THRESHOLD;
		}
		return (this.outstanding > 0) ? Level.WARNING : Level.NONE;
	}

	/**
	 * How serious the standing is.
	 */
	public enum Level {

		/** No failed required course. */
		NONE(null),
		/** A failed required course not yet passed: a warning before the threshold. */
		WARNING("warning"),
		/** A threshold is reached: the diversion case applies. */
		THRESHOLD("danger");

		private final String tone;

		Level(String tone) {
			this.tone = tone;
		}

		/**
		 * @return how a page colours it ({@code warning} or {@code danger}, the suffix of
		 * Bootstrap's colour classes), {@code null} for none
		 */
		public String tone() {
			return this.tone;
		}

		public boolean warned() {
			return this != NONE;
		}

		public String messageKey() {
			return "failures.level." + name();
		}

	}

}
