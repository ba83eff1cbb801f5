package com.clinigrad.eligibility;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * A warning or a diversion case of a student.
 *
 * @param level a warning (before a rule bites) or a case (it fired)
 * @param trigger what found it, e.g. no license by semester 5
 * @param options the outcomes the rules allow, e.g. a delay or a transfer to the academic
 * track
 */
public record CaseView(long id, String studentNo, String studentName, String hospitalCode, CaseLevel level,
		CaseTrigger trigger, String detail, List<CaseOutcome> options, CaseStatus status, CaseOutcome studentChoice,
		String studentNote, CaseOutcome decision, String decisionReason, String decidedBy, OffsetDateTime openedAt,
		long version) {

	public CaseView {
		options = List.copyOf(options);
	}

	/**
	 * @return whether a rule has fired (not a warning)
	 */
	public boolean isCase() {
		return this.level == CaseLevel.CASE;
	}

	/**
	 * @return whether it still waits (open, or the student has chosen)
	 */
	public boolean waiting() {
		return this.status.waiting();
	}

	/**
	 * @return whether it is a case that awaits the student's choice and the graduate
	 * school's decision
	 */
	public boolean awaitsDecision() {
		return isCase() && waiting();
	}

	public boolean decided() {
		return this.status == CaseStatus.DECIDED;
	}

	/**
	 * @return whether the decision stops scholarship and stipend (a delay)
	 */
	public boolean stopsAid() {
		return this.decision != null && this.decision.stopsAid();
	}

}
