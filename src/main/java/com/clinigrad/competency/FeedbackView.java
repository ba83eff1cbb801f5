package com.clinigrad.competency;

import java.time.LocalDateTime;
import java.util.List;

/**
 * A trainee's annual one-to-one feedback (年度一对一反馈), year by year, with what the caller
 * may do.
 *
 * @param mayWrite whether the caller is in the trainee's mentor group (writes, signs
 * first, corrects)
 * @param maySign whether the caller is the trainee (signs second)
 * @param years the training years the plan has (a feedback is written for each)
 */
public record FeedbackView(String studentNo, String studentName, boolean mayWrite, boolean maySign, List<Integer> years,
		List<Entry> current, List<Entry> history) {

	/**
	 * One revision of a year's feedback.
	 */
	public record Entry(long id, int trainingYear, int revision, String strengths, String goals, String actions,
			FeedbackStatus status, String writtenBy, String mentorSignedBy, LocalDateTime mentorSignedAt,
			String traineeSignedBy, LocalDateTime traineeSignedAt, String correctionReason, long version) {
	}

	/**
	 * @return the year's current revision, or {@code null}
	 */
	public Entry of(int year) {
		return this.current.stream().filter((e) -> e.trainingYear() == year).findFirst().orElse(null);
	}

}
