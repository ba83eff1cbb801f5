package com.clinigrad.competency;

import java.time.LocalDate;
import java.util.List;

/**
 * What the degree audit of a clinical postdoc reads of competency-based training: the
 * signed annual feedbacks, the closed OSCEs with their verdicts, the closed 360° rounds
 * and the completion defenses with their results. Dates let a rule leave out what came
 * after its as-of date.
 */
public record TrainingFacts(List<Feedback> feedbacks, List<Osce> osces, List<LocalDate> msfRoundsClosedOn,
		List<Defense> defenses) {

	public static final TrainingFacts NONE = new TrainingFacts(List.of(), List.of(), List.of(), List.of());

	public TrainingFacts {
		feedbacks = List.copyOf(feedbacks);
		osces = List.copyOf(osces);
		msfRoundsClosedOn = List.copyOf(msfRoundsClosedOn);
		defenses = List.copyOf(defenses);
	}

	/** A feedback signed by both, on the day the trainee signed it. */
	public record Feedback(int trainingYear, LocalDate signedOn) {
	}

	/**
	 * A closed OSCE the trainee sat.
	 *
	 * @param complete whether every station has a sheet (without, no verdict)
	 */
	public record Osce(LocalDate heldOn, boolean complete, boolean passed) {
	}

	/** A completion defense with its result. */
	public record Defense(LocalDate heldOn, boolean passed) {
	}

}
