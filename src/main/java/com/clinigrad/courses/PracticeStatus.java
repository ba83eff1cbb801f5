package com.clinigrad.courses;

import java.util.EnumSet;
import java.util.Set;

import com.clinigrad.shared.BusinessRuleException;

/**
 * Where a practice / innovation credit application stands: submitted by the student,
 * approved by the hospital's education office, then decided by the graduate school. A
 * rejection at either step ends it. {@link #next} is the one table of the allowed
 * changes.
 */
public enum PracticeStatus {

	SUBMITTED, HOSPITAL_APPROVED, APPROVED, REJECTED;

	/**
	 * An application under way or approved: a student holds at most one, so that a second
	 * award cannot replace the first.
	 */
	public static final Set<PracticeStatus> HELD = EnumSet.of(SUBMITTED, HOSPITAL_APPROVED, APPROVED);

	/** The statuses that end an application. */
	public static final Set<PracticeStatus> DECIDED = EnumSet.of(APPROVED, REJECTED);

	/**
	 * The allowed transitions: the hospital office decides a submitted application, the
	 * graduate school one the hospital office approved.
	 * @throws BusinessRuleException for any other change
	 */
	PracticeStatus next(PracticeAction action) {
		PracticeStatus next = switch (this) {
			case SUBMITTED -> switch (action) {
				case HOSPITAL_APPROVE -> HOSPITAL_APPROVED;
				case HOSPITAL_REJECT -> REJECTED;
				default -> null;
			};
			case HOSPITAL_APPROVED -> switch (action) {
				case SCHOOL_APPROVE -> APPROVED;
				case SCHOOL_REJECT -> REJECTED;
				default -> null;
			};
			case APPROVED, REJECTED -> null;
		};
		if (next == null) {
			throw new BusinessRuleException((action.stage() == PracticeStage.HOSPITAL_REVIEW)
					? "practice.error.notAwaitingHospital" : "practice.error.notAwaitingSchool", name());
		}
		return next;
	}

	public boolean open() {
		return this == SUBMITTED || this == HOSPITAL_APPROVED;
	}

	/**
	 * @return whether the hospital office's review is awaited
	 */
	public boolean awaitsHospital() {
		return this == SUBMITTED;
	}

	/**
	 * @return whether the graduate school's decision is awaited
	 */
	public boolean awaitsSchool() {
		return this == HOSPITAL_APPROVED;
	}

	public boolean approved() {
		return this == APPROVED;
	}

	public boolean rejected() {
		return this == REJECTED;
	}

	public String messageKey() {
		return "practice.status." + name();
	}

}
