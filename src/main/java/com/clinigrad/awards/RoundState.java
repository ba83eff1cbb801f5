package com.clinigrad.awards;

import java.util.EnumSet;
import java.util.Set;

/**
 * The states of a selection round (评选) and the only moves between them: the draft list is
 * reviewed by every hospital office for its students, approved by the graduate school,
 * published for objections (公示) and made final.
 */
public enum RoundState {

	/** 草稿: the list may be computed again; the hospital offices review their part. */
	DRAFT,
	/** 医院已审核: every hospital office with students on the list has reviewed it. */
	HOSPITAL_REVIEWED,
	/** 研究生院已审批. */
	SCHOOL_APPROVED,
	/** 公示中: students of the population may object once. */
	PUBLICITY,
	/** 最终名单: the list the payment rolls read. */
	FINAL;

	public Set<RoundState> allowedNext() {
		return switch (this) {
			case DRAFT -> EnumSet.of(HOSPITAL_REVIEWED);
			case HOSPITAL_REVIEWED -> EnumSet.of(SCHOOL_APPROVED);
			case SCHOOL_APPROVED -> EnumSet.of(PUBLICITY);
			case PUBLICITY -> EnumSet.of(FINAL);
			case FINAL -> EnumSet.noneOf(RoundState.class);
		};
	}

	public boolean canMoveTo(RoundState next) {
		return allowedNext().contains(next);
	}

	/**
	 * @return whether the list may still be computed again
	 */
	public boolean draft() {
		return this == DRAFT;
	}

	/**
	 * @return whether the list has been published (公示 or final)
	 */
	public boolean published() {
		return this == PUBLICITY || this == FINAL;
	}

	/**
	 * @return whether the list is final (the payment rolls read it)
	 */
	public boolean finalList() {
		return this == FINAL;
	}

	public String messageKey() {
		return "award.roundState." + name();
	}

	public String tone() {
		return switch (this) {
			case DRAFT -> "text-bg-secondary";
			case HOSPITAL_REVIEWED, SCHOOL_APPROVED -> "text-bg-info";
			case PUBLICITY -> "text-bg-warning";
			case FINAL -> "text-bg-success";
		};
	}

}
