package com.clinigrad.competency;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A trainee's training plan as the pages show it.
 *
 * @param plan the plan's id, {@code null} when the trainee has none yet
 * @param templateAvailable whether the trainee's program has a template to make one from
 * @param mayEdit whether the caller may create and adjust the plan
 */
public record PlanView(String studentNo, String studentName, String programCode, Long plan, long version,
		LocalDate startsOn, int durationMonths, int minMentors, boolean templateAvailable, boolean mayEdit,
		List<Period> periods, Map<Integer, Integer> monthsByYear, int totalMonths, List<MentorView> mentors,
		List<Change> changes) {

	public boolean exists() {
		return this.plan != null;
	}

	/**
	 * @param optional whether the office may leave it out
	 * @param note the reason it was left out
	 */
	public record Period(long id, int year, PlanPhase phase, String title, String titleEn, int months, boolean optional,
			boolean included, String note, LocalDate from, LocalDate to) {

		public String title(boolean english) {
			return english ? this.titleEn : this.title;
		}

	}

	public record MentorView(long supervisorId, String staffNo, String name, String titleKey, boolean lead) {
	}

	public record Change(PlanChangeKind kind, String subject, String subjectEn, String oldValue, String newValue,
			String reason, String changedBy, Instant changedAt) {

		public String subject(boolean english) {
			return english ? this.subjectEn : this.subject;
		}

		public boolean hasReason() {
			return this.kind != PlanChangeKind.CREATED;
		}

	}

}
