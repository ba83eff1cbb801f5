package com.clinigrad.competency;

/**
 * The states of a completion defense (结业答辩): scheduled with its panel, then passed or
 * failed; a failed defense may be followed by a newly scheduled one.
 */
public enum DefenseStatus {

	/** 已安排 */
	SCHEDULED,
	/** 通过 */
	PASSED,
	/** 未通过 */
	FAILED;

	public boolean canMoveTo(DefenseStatus next) {
		return this == SCHEDULED && (next == PASSED || next == FAILED);
	}

	public boolean waitsForResult() {
		return this == SCHEDULED;
	}

	public String badge() {
		return switch (this) {
			case SCHEDULED -> "text-bg-info";
			case PASSED -> "text-bg-success";
			case FAILED -> "text-bg-danger";
		};
	}

	public String messageKey() {
		return "def.status." + name();
	}

}
