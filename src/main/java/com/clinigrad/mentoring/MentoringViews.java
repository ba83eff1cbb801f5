package com.clinigrad.mentoring;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * What the mentoring pages show.
 */
public final class MentoringViews {

	private MentoringViews() {
	}

	/** A student as a pairing names them. */
	public record Person(long id, String studentNo, String name, String programCode, int cohortYear,
			String hospitalCode) {
	}

	/**
	 * A pairing in a list: its term, mentor, mentees, state and counts.
	 *
	 * @param average the mean feedback score, or {@code null} when there is none
	 */
	public record PairingRow(long id, String termCode, Person mentor, List<Person> mentees, PairingState state,
			String endReason, LocalDate endedOn, int meetings, int answers, BigDecimal average, long version) {

		/**
		 * @return whether meetings may be logged and the office may still end it
		 */
		public boolean active() {
			return this.state.mayBecome(PairingState.ENDED);
		}

		public String menteeNames() {
			return String.join("、", this.mentees.stream().map(Person::name).toList());
		}

	}

	/**
	 * A logged meeting.
	 *
	 * @param present the mentees present
	 * @param feedback the individual answers (only for the office, else empty)
	 * @param answers how many mentees answered
	 */
	public record Meeting(long id, LocalDate heldOn, String topic, int minutes, String notes, List<Person> present,
			List<Feedback> feedback, int answers) {
	}

	/** One mentee's feedback on a meeting. */
	public record Feedback(Person mentee, int score, String comment) {
	}

	/**
	 * A pairing with its meetings, as the caller may see it.
	 *
	 * @param individual whether the feedback is shown per mentee (the offices)
	 * @param minAnswers from how many answers the mentor sees the average
	 */
	public record PairingDetail(PairingRow pairing, List<Meeting> meetings, boolean individual, int minAnswers,
			int maxMentees) {

		/**
		 * @return whether the mentor may see the average
		 */
		public boolean averageShown() {
			return this.individual || this.pairing.answers() >= this.minAnswers;
		}

	}

	/**
	 * A mentee's view of their mentor and the meetings they were at.
	 *
	 * @param given per meeting id, the score the mentee gave (missing = not yet)
	 */
	public record MenteeCard(PairingRow pairing, List<Meeting> meetings, java.util.Map<Long, Integer> given) {
	}

}
