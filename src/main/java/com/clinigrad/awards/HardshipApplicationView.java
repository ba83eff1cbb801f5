package com.clinigrad.awards;

import java.time.Instant;
import java.util.List;

import com.clinigrad.accounts.Role;

/**
 * A hardship application as the student and the offices in scope read it: the reasons,
 * the evidence files, every step with its reason, and what the caller may do.
 *
 * @param level the level the office proposed or the graduate school recognised, or
 * {@code null}
 */
public record HardshipApplicationView(long id, String studentNo, String studentName, String hospitalCode,
		String programCode, int year, HardshipLevel requestedLevel, String reasons, HardshipState state,
		HardshipLevel level, Instant submittedAt, long version, List<Evidence> evidence, List<Step> steps,
		Actions actions) {

	/**
	 * An evidence file (its content is downloaded on its own).
	 */
	public record Evidence(long id, String fileName, int size) {
	}

	/**
	 * One step of the application's history.
	 *
	 * @param from the state before, {@code null} for the submission
	 * @param correction whether it corrected a decision
	 */
	public record Step(HardshipState from, HardshipState to, HardshipLevel level, String reason, boolean correction,
			String actedBy, Role actedAs, Instant at) {

		public String actorKey() {
			return "hardship.actor." + this.actedAs.name();
		}

	}

	/**
	 * What the caller may do: review (the office of the student's hospital), decide or
	 * correct (the graduate school).
	 */
	public record Actions(boolean review, boolean decide, boolean correct) {

		public boolean any() {
			return this.review || this.decide || this.correct;
		}

	}

}
