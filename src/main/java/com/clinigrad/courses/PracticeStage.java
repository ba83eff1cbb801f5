package com.clinigrad.courses;

/**
 * The steps of a practice-credit application's history: the student's submission, the
 * hospital office's review, the graduate school's decision.
 */
public enum PracticeStage {

	SUBMIT, HOSPITAL_REVIEW, SCHOOL_DECISION;

}
