package com.clinigrad.eligibility;

import java.time.LocalDate;

/**
 * A diversion case in which the student has chosen a delay (延期申请) and which waits for the
 * graduate school's decision: until it is decided, the student is treated as delayed
 * where aid is concerned (no scholarship ranking).
 *
 * @param trigger what opened the case, e.g. no medical license by semester 5
 * @param openedOn the day the student chose the delay (or the case was opened)
 */
public record OpenDelayCase(long studentId, long caseId, CaseTrigger trigger, LocalDate openedOn) {

	/**
	 * @return the message key of what opened the case
	 */
	public String triggerKey() {
		return "case.trigger." + this.trigger.name();
	}

}
