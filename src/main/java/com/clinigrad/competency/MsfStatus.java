package com.clinigrad.competency;

/**
 * The states of a 360° round: open while invited raters answer, closed once the office or
 * the mentor group has closed it — only then are results shown, all at once, so that
 * nobody can tell an answer by when it arrived.
 */
public enum MsfStatus {

	/** 评价中 */
	OPEN,
	/** 已结束 */
	CLOSED;

	public boolean canMoveTo(MsfStatus next) {
		return this == OPEN && next == CLOSED;
	}

	public boolean takesAnswers() {
		return this == OPEN;
	}

	public boolean showsResults() {
		return this == CLOSED;
	}

	public String messageKey() {
		return "msf.status." + name();
	}

}
