package com.clinigrad.theses;

/**
 * Where a blind-review assignment (评阅任务) stands, and the one table of what may happen to
 * it: a pending review is submitted by its reviewer, declined by its reviewer or
 * withdrawn by the graduate school, and reminded while it waits; nothing happens to it
 * afterwards.
 */
public enum ReviewStatus {

	/** 待评阅. */
	PENDING,
	/** 已提交: verdict, scores and comments in. */
	SUBMITTED,
	/** 已谢绝 by the reviewer, with a reason. */
	DECLINED,
	/** 已撤回 by the graduate school, with a reason. */
	WITHDRAWN;

	/**
	 * What may happen to an assignment.
	 */
	enum Action {

		SUBMIT, DECLINE, WITHDRAW, REMIND

	}

	/**
	 * The allowed transitions.
	 * @return the status after the action, or {@code null} when this status does not
	 * allow it
	 */
	ReviewStatus after(Action action) {
		if (this != PENDING) {
			return null;
		}
		return switch (action) {
			case SUBMIT -> SUBMITTED;
			case DECLINE -> DECLINED;
			case WITHDRAW -> WITHDRAWN;
			case REMIND -> PENDING;
		};
	}

	/**
	 * @return whether the review counts towards its round (it is neither declined nor
	 * withdrawn)
	 */
	public boolean active() {
		return this == PENDING || this == SUBMITTED;
	}

}
