package com.clinigrad.competency;

/**
 * The states of an OSCE: open while examiners enter their stations' sheets, closed once
 * the office has closed it (the results stand; no sheet changes any more).
 */
public enum OsceStatus {

	/** 考试进行中 */
	OPEN,
	/** 已结束 */
	CLOSED;

	public boolean canMoveTo(OsceStatus next) {
		return this == OPEN && next == CLOSED;
	}

	public boolean takesSheets() {
		return this == OPEN;
	}

	public String messageKey() {
		return "cbt.osce.status." + name();
	}

}
