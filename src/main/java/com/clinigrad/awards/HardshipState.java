package com.clinigrad.awards;

import java.util.EnumSet;
import java.util.Set;

import com.clinigrad.accounts.Role;

/**
 * Where a hardship application (家庭经济困难认定申请) stands and the only moves between them: the
 * office of the student's hospital reviews it (初审), the graduate school recognises a
 * level or refuses (审核); a decision may later be corrected by the graduate school with a
 * reason (a level changed, a recognition withdrawn, a refusal reversed).
 */
public enum HardshipState {

	/** 待医院初审. */
	SUBMITTED,
	/** 医院初审通过，待研究生院审核. */
	OFFICE_APPROVED,
	/** 已认定. */
	RECOGNISED,
	/** 未通过. */
	REFUSED;

	public Set<HardshipState> allowedNext() {
		return switch (this) {
			case SUBMITTED -> EnumSet.of(OFFICE_APPROVED, REFUSED);
			case OFFICE_APPROVED -> EnumSet.of(RECOGNISED, REFUSED);
			// corrections, with a reason
			case RECOGNISED -> EnumSet.of(RECOGNISED, REFUSED);
			case REFUSED -> EnumSet.of(RECOGNISED);
		};
	}

	public boolean canMoveTo(HardshipState next) {
		return allowedNext().contains(next);
	}

	/**
	 * @return whether the application waits for an office (not yet decided)
	 */
	public boolean waiting() {
		return this == SUBMITTED || this == OFFICE_APPROVED;
	}

	/**
	 * @return whether it was decided (a later change is a correction)
	 */
	public boolean decided() {
		return !waiting();
	}

	/**
	 * @return who acts next: the hospital office reviews, the graduate school decides and
	 * corrects
	 */
	public Role actor() {
		return (this == SUBMITTED) ? Role.HOSPITAL_OFFICE : Role.GRAD_SCHOOL;
	}

	public String messageKey() {
		return "hardship.state." + name();
	}

	public String tone() {
		return switch (this) {
			case SUBMITTED, OFFICE_APPROVED -> "text-bg-warning";
			case RECOGNISED -> "text-bg-success";
			case REFUSED -> "text-bg-secondary";
		};
	}

}
