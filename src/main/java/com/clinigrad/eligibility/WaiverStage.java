package com.clinigrad.eligibility;

/**
 * The steps of a waiver's history: the request, the decision of each approver on the
 * chain, a revocation.
 */
public enum WaiverStage {

	REQUEST, SUPERVISOR, HOSPITAL_OFFICE, GRAD_SCHOOL, REVOKE;

}
