package com.clinigrad.eligibility;

import com.clinigrad.accounts.Role;
import com.clinigrad.shared.BusinessRuleException;

/**
 * Where a waiver stands on its chain: requested, approved by the supervisor, by the
 * hospital office, by the graduate school (then it waives the check); rejected at any
 * step or revoked later, each with a reason.
 */
public enum WaiverStatus {

	REQUESTED, SUPERVISOR_APPROVED, HOSPITAL_APPROVED, APPROVED, REJECTED, REVOKED,

	/** An approved extension whose date has passed. */
	EXPIRED;

	/**
	 * @return the role whose decision the waiver awaits, or {@code null} when closed
	 */
	public Role awaits() {
		return switch (this) {
			case REQUESTED -> Role.SUPERVISOR;
			case SUPERVISOR_APPROVED -> Role.HOSPITAL_OFFICE;
			case HOSPITAL_APPROVED -> Role.GRAD_SCHOOL;
			default -> null;
		};
	}

	/**
	 * @param skipHospital whether the student has no hospital office to ask
	 */
	WaiverStatus after(boolean approve, boolean skipHospital) {
		if (awaits() == null) {
			throw new BusinessRuleException("waiver.error.closed", name());
		}
		if (!approve) {
			return REJECTED;
		}
		return switch (this) {
			case REQUESTED -> skipHospital ? HOSPITAL_APPROVED : SUPERVISOR_APPROVED;
			case SUPERVISOR_APPROVED -> HOSPITAL_APPROVED;
			default -> APPROVED;
		};
	}

	WaiverStatus revoked() {
		if (this != APPROVED) {
			throw new BusinessRuleException("waiver.error.notApproved");
		}
		return REVOKED;
	}

	public boolean open() {
		return awaits() != null;
	}

	public String messageKey() {
		return "waiver.status." + name();
	}

}
