package com.clinigrad.eligibility;

import java.util.List;

/**
 * What the scan found, with its level and, for a case, the outcomes the rules allow
 * (DOMAIN §7).
 */
public enum CaseTrigger {

	/** No medical license by the end of semester 5. */
	NO_LICENSE(CaseLevel.CASE, CaseOutcome.TRANSFER_ACADEMIC, CaseOutcome.DELAY, CaseOutcome.WITHDRAWAL),
	/** Failed required courses at the program's threshold. */
	COURSE_FAILURES(CaseLevel.CASE, CaseOutcome.WITHDRAWAL),
	/** A rotation exam and its retake failed. */
	ROTATION_RETAKE_FAILED(CaseLevel.CASE, CaseOutcome.TRANSFER_ACADEMIC, CaseOutcome.WITHDRAWAL),
	/** The latest defense failed. */
	DEFENSE_FAILED(CaseLevel.CASE, CaseOutcome.DELAY, CaseOutcome.COMPLETION),
	/** The residency completion exam failed and the certificate is missing. */
	RESIDENCY_EXAM_FAILED(CaseLevel.CASE, CaseOutcome.DELAY, CaseOutcome.GRADUATE_NO_DEGREE),
	/** Semester 4 or later without a license. */
	LICENSE_SOON(CaseLevel.WARNING),
	/** One failed required course. */
	ONE_FAILED_COURSE(CaseLevel.WARNING),
	/** A thesis milestone overdue. */
	MILESTONE_OVERDUE(CaseLevel.WARNING),
	/** Clinical months behind plan. */
	CLINICAL_BEHIND(CaseLevel.WARNING);

	private final CaseLevel level;

	private final List<CaseOutcome> options;

	CaseTrigger(CaseLevel level, CaseOutcome... options) {
		this.level = level;
		this.options = List.of(options);
	}

	public CaseLevel level() {
		return this.level;
	}

	/**
	 * @return the outcomes the rules allow, in the order they are offered
	 */
	public List<CaseOutcome> options() {
		return this.options;
	}

	/**
	 * @return the options as the {@code options} column keeps them
	 */
	String storedOptions() {
		return CaseOutcome.stored(this.options);
	}

	/**
	 * @return what the scan reports: {level, trigger, detail}
	 */
	String[] found(String detail) {
		return new String[] { this.level.name(), name(), detail };
	}

}
