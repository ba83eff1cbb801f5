package com.clinigrad.courses;

import com.clinigrad.shared.BusinessRuleException;

/**
 * Where a practice / innovation credit application stands: submitted by the student,
 * approved by the hospital's education office, then decided by the graduate school. A
 * rejection at either step ends it.
 */
public enum PracticeStatus {

	SUBMITTED, HOSPITAL_APPROVED, APPROVED, REJECTED;

	/**
	 * @throws BusinessRuleException unless the application awaits the hospital office
	 */
	PracticeStatus afterHospitalReview(boolean approve) {
		if (this != SUBMITTED) {
			throw new BusinessRuleException("practice.error.notAwaitingHospital", name());
		}
		return approve ? HOSPITAL_APPROVED : REJECTED;
	}

	/**
	 * @throws BusinessRuleException unless the hospital office has approved it
	 */
	PracticeStatus afterSchoolDecision(boolean approve) {
		if (this != HOSPITAL_APPROVED) {
			throw new BusinessRuleException("practice.error.notAwaitingSchool", name());
		}
		return approve ? APPROVED : REJECTED;
	}

	public boolean open() {
		return this == SUBMITTED || this == HOSPITAL_APPROVED;
	}

	public String messageKey() {
		return "practice.status." + name();
	}

}
