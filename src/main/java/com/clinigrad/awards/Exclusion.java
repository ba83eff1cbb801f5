package com.clinigrad.awards;

import java.time.LocalDate;

import com.clinigrad.eligibility.OpenDelayCase;
import com.clinigrad.students.StudentStatus;

/**
 * Why a student is left out of the ranking (DOMAIN §10): delayed (延期) by status, or by a
 * delay chosen in a diversion case that waits for the graduate school's decision, or a
 * veto in the medical-ethics file (一票否决) within the period the scheme says.
 *
 * @param reason the rule
 * @param since the day the status began, the case was opened or the veto occurred, or
 * {@code null}
 * @param detailKey the message key of what opened the delay case, or {@code null}
 */
public record Exclusion(Reason reason, LocalDate since, String detailKey) {

	public Exclusion(Reason reason, LocalDate since) {
		this(reason, since, null);
	}

	/**
	 * The delay rule (延期, DOMAIN §10), the same for every award and roll: a student is
	 * left out while delayed by status, or while a diversion case in which the student
	 * chose a delay waits for the graduate school's decision.
	 * @param statusSince the day the delayed status began, or {@code null}
	 * @param delayCase the student's open case with a chosen delay, or {@code null}
	 * @return the exclusion, or {@code null} when the student is not delayed
	 */
	static Exclusion ofDelay(StudentStatus status, LocalDate statusSince, OpenDelayCase delayCase) {
		if (status == StudentStatus.DELAYED) {
			return new Exclusion(Reason.DELAYED, statusSince);
		}
		if (delayCase != null) {
			return new Exclusion(Reason.DELAY_CASE, delayCase.openedOn(), delayCase.triggerKey());
		}
		return null;
	}

	public String messageKey() {
		return "award.exclusion." + this.reason.name();
	}

	/**
	 * The exclusion rules.
	 */
	public enum Reason {

		/** 延期: no scholarship or stipend while delayed. */
		DELAYED,
		/**
		 * A delay the student chose in a diversion case (分流) waits for the graduate
		 * school's decision: not ranked until it is decided.
		 */
		DELAY_CASE,
		/** 一票否决 in the medical-ethics file. */
		ETHICS_VETO

	}

}
