package com.clinigrad.selection;

/**
 * The criteria a scheme may weigh; how each is computed is in {@link CriterionRules}, its
 * parameters in the scheme's data.
 */
public enum Criterion {

	/** 在研经费 — grants running on the selection day. */
	FUNDING,
	/** 论文 — confirmed publications of the supervisor's students. */
	PUBLICATIONS,
	/** 学位论文盲审 — the blind-review verdicts on the students' theses. */
	BLIND_REVIEW,
	/** 按期毕业 — students due to finish who graduated by their due day. */
	ON_TIME_GRADUATION,
	/** 学生满意度 — the satisfaction survey's result. */
	SATISFACTION,
	/** 培养过程失范 — the students' audit checks overdue on the selection day. */
	PROCESS_LAPSES;

	public String messageKey() {
		return "selection.criterion." + name();
	}

	public String hintKey() {
		return "selection.criterion." + name() + ".hint";
	}

}
