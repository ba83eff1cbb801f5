package com.clinigrad.courses;

/**
 * The decisions on a practice-credit application, each the step it is taken at and what
 * it says; {@link PracticeStatus#next} says where each leads.
 */
enum PracticeAction {

	HOSPITAL_APPROVE(PracticeStage.HOSPITAL_REVIEW, PracticeDecision.APPROVED),

	HOSPITAL_REJECT(PracticeStage.HOSPITAL_REVIEW, PracticeDecision.REJECTED),

	SCHOOL_APPROVE(PracticeStage.SCHOOL_DECISION, PracticeDecision.APPROVED),

	SCHOOL_REJECT(PracticeStage.SCHOOL_DECISION, PracticeDecision.REJECTED);

	private final PracticeStage stage;

	private final PracticeDecision decision;

	PracticeAction(PracticeStage stage, PracticeDecision decision) {
		this.stage = stage;
		this.decision = decision;
	}

	PracticeStage stage() {
		return this.stage;
	}

	PracticeDecision decision() {
		return this.decision;
	}

}
