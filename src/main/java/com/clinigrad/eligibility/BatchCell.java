package com.clinigrad.eligibility;

import com.clinigrad.eligibility.rules.CheckStatus;

/**
 * What a batch audit table shows for one student and one rule: the check's status, or
 * that the student's program has no such rule (不适用).
 */
public enum BatchCell {

	/** 通过. */
	PASS("bi-check-circle-fill"),
	/** 未通过. */
	FAIL("bi-x-circle-fill"),
	/** 待完成. */
	PENDING("bi-hourglass-split"),
	/** 已豁免. */
	WAIVED("bi-shield-check"),
	/** 不适用: the student's rule set has no such check. */
	NOT_APPLICABLE(null);

	private final String icon;

	BatchCell(String icon) {
		this.icon = icon;
	}

	/**
	 * @return the Bootstrap icon shown beside its words, {@code null} when not applicable
	 */
	public String icon() {
		return this.icon;
	}

	public boolean applicable() {
		return this != NOT_APPLICABLE;
	}

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
