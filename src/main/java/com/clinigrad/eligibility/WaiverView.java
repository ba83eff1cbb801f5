package com.clinigrad.eligibility;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import com.clinigrad.accounts.Role;

/**
 * An exception on one check of one student, with its chain of decisions.
 *
 * @param kind what it does: waive the check, accept a substitute (described) or extend a
 * deadline ({@code extendedUntil})
 * @param requestedByAccount the account that asked for it ({@code null} for waivers
 * recorded before accounts were kept)
 * @param requestedBySupervisor whether it was asked for by one of the student's
 * supervisors (then graduate-school staff decide the supervisor's step)
 */
public record WaiverView(long id, String studentNo, String studentName, String hospitalCode, String ruleCode,
		WaiverKind kind, String reason, String evidence, String substitute, LocalDate extendedUntil,
		WaiverStatus status, String requestedBy, OffsetDateTime requestedAt, String approvedBy, long version,
		List<Step> steps, Long requestedByAccount, boolean requestedBySupervisor) {

	public WaiverView {
		steps = List.copyOf(steps);
	}

	/**
	 * One decision: who, when, what and why.
	 */
	public record Step(WaiverStage step, WaiverDecision decision, String reason, String actor, OffsetDateTime actedAt,
			Long actorAccount) {
	}

	/**
	 * @return whether the supervisor's step awaits the graduate school because a
	 * supervisor asked for the waiver
	 */
	public boolean supervisorStepByGraduateSchool() {
		return this.requestedBySupervisor && this.status.awaits() == Role.SUPERVISOR;
	}

}
