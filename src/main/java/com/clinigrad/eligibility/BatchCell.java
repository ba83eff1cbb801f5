package com.clinigrad.eligibility;

import com.clinigrad.eligibility.rules.CheckStatus;

/**
 * What a batch audit table shows for one student and one rule: the check's status, or
 * that the student's program has no such rule (不适用).
 */
public enum BatchCell {

	/** 通过. */
	PASS,
	/** 未通过. */
	FAIL,
	/** 待完成. */
	PENDING,
	/** 已豁免. */
	WAIVED,
	/** 不适用: the student's rule set has no such check. */
	NOT_APPLICABLE;

	static BatchCell of(CheckStatus status) {
		return switch (status) {
			case PASS -> PASS;
			case FAIL -> FAIL;
			case PENDING -> PENDING;
			case WAIVED -> WAIVED;
		};
	}

	public String messageKey() {
		return "batch.cell." + name();
	}

}
