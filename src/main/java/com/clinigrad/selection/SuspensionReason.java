package com.clinigrad.selection;

/**
 * Why a supervisor may take no students next year (暂停招生, DOMAIN §8). Three can be derived
 * from the records by the scheme's thresholds; every one can be recorded by the graduate
 * school with a note. An ethics negative-list entry is a one-vote veto (一票否决): it
 * suspends whatever the score and no exemption covers it.
 */
public enum SuspensionReason {

	/** 学术不端. */
	MISCONDUCT,
	/** 违反招生纪律或保密规定. */
	CONFIDENTIALITY_BREACH,
	/** 拒不配合培养管理. */
	REFUSED_COOPERATION,
	/** 无科研经费. */
	NO_FUNDING,
	/** 学位论文盲审不合格. */
	FAILED_BLIND_REVIEW,
	/** 学生满意度低. */
	LOW_SATISFACTION,
	/** 医德档案负面清单 — 一票否决. */
	ETHICS_VETO;

	public String messageKey() {
		return "selection.reason." + name();
	}

	/**
	 * @return whether the reason is a performance condition the two-year exemption covers
	 */
	public boolean performance() {
		return this == NO_FUNDING || this == FAILED_BLIND_REVIEW || this == LOW_SATISFACTION;
	}

	public boolean veto() {
		return this == ETHICS_VETO;
	}

}
