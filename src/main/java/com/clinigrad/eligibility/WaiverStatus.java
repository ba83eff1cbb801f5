package com.clinigrad.eligibility;

import java.util.EnumSet;
import java.util.Set;

import com.clinigrad.accounts.Role;
import com.clinigrad.shared.BusinessRuleException;

/**
 * Where a waiver stands on its chain: requested, approved by the supervisor, by the
 * hospital office, by the graduate school (then it waives the check); rejected at any
 * step or revoked later, each with a reason; an approved extension expires when its date
 * has passed. {@link #next} is the one table of the allowed changes.
 */
public enum WaiverStatus {

	REQUESTED, SUPERVISOR_APPROVED, HOSPITAL_APPROVED, APPROVED, REJECTED, REVOKED,

	/** An approved extension whose date has passed. */
	EXPIRED;

	/**
	 * The statuses in which a waiver awaits a decision.
	 */
	public static final Set<WaiverStatus> AWAITING = EnumSet.of(REQUESTED, SUPERVISOR_APPROVED, HOSPITAL_APPROVED);

	/**
	 * The statuses that hold the rule for the student: no second waiver of the same rule
	 * meanwhile (the database's {@code waiver_one_active} index says the same).
	 */
	public static final Set<WaiverStatus> ACTIVE = EnumSet.of(REQUESTED, SUPERVISOR_APPROVED, HOSPITAL_APPROVED,
			APPROVED);

	/**
	 * The allowed transitions: approval moves one step along the chain (past the hospital
	 * office when the student has none), a rejection closes an open waiver, an approved
	 * one can be revoked or expire.
	 * @param withHospitalOffice whether the student has a hospital office to decide its
	 * step
	 * @throws BusinessRuleException for any other change
	 */
	WaiverStatus next(WaiverAction action, boolean withHospitalOffice) {
		WaiverStatus next = switch (this) {
			case REQUESTED -> switch (action) {
				case APPROVE -> withHospitalOffice ? SUPERVISOR_APPROVED : HOSPITAL_APPROVED;
				case REJECT -> REJECTED;
				default -> null;
			};
			case SUPERVISOR_APPROVED -> switch (action) {
				case APPROVE -> HOSPITAL_APPROVED;
				case REJECT -> REJECTED;
				default -> null;
			};
			case HOSPITAL_APPROVED -> switch (action) {
				case APPROVE -> APPROVED;
				case REJECT -> REJECTED;
				default -> null;
			};
			case APPROVED -> switch (action) {
				case REVOKE -> REVOKED;
				case EXPIRE -> EXPIRED;
				default -> null;
			};
			case REJECTED, REVOKED, EXPIRED -> null;
		};
		if (next == null) {
			throw refused(action);
		}
		return next;
	}

	private BusinessRuleException refused(WaiverAction action) {
		return switch (action) {
			case APPROVE, REJECT -> new BusinessRuleException("waiver.error.closed", name());
			case REVOKE, EXPIRE -> new BusinessRuleException("waiver.error.notApproved", name());
		};
	}

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
	 * @return the step a decision now takes, or {@code null} when closed
	 */
	WaiverStage awaitedStage() {
		return switch (this) {
			case REQUESTED -> WaiverStage.SUPERVISOR;
			case SUPERVISOR_APPROVED -> WaiverStage.HOSPITAL_OFFICE;
			case HOSPITAL_APPROVED -> WaiverStage.GRAD_SCHOOL;
			default -> null;
		};
	}

	public boolean open() {
		return AWAITING.contains(this);
	}

	/**
	 * @return whether the waiver is approved (and may be revoked)
	 */
	public boolean approved() {
		return this == APPROVED;
	}

	public String messageKey() {
		return "waiver.status." + name();
	}

}
