package com.clinigrad.competency;

/**
 * The states of an annual one-to-one feedback (年度一对一反馈): written and signed by a member
 * of the mentor group, then signed by the trainee, after which it is read-only; a
 * correction with a reason supersedes it by a new revision.
 */
public enum FeedbackStatus {

	/** 草稿（导师组填写中） */
	DRAFT,
	/** 导师已签署，待学员签署 */
	MENTOR_SIGNED,
	/** 双方已签署 */
	SIGNED,
	/** 已被更正版本取代 */
	SUPERSEDED;

	public boolean canMoveTo(FeedbackStatus next) {
		return switch (this) {
			case DRAFT -> next == MENTOR_SIGNED;
			case MENTOR_SIGNED -> next == SIGNED;
			case SIGNED -> next == SUPERSEDED;
			case SUPERSEDED -> false;
		};
	}

	/**
	 * @return whether the texts may still be edited
	 */
	public boolean editable() {
		return this == DRAFT;
	}

	public boolean waitsForTrainee() {
		return this == MENTOR_SIGNED;
	}

	/**
	 * @return whether both have signed (read-only, correctable)
	 */
	public boolean signedByBoth() {
		return this == SIGNED;
	}

	/**
	 * @return the badge colour the pages show the state in
	 */
	public String badge() {
		return switch (this) {
			case DRAFT -> "text-bg-secondary";
			case MENTOR_SIGNED -> "text-bg-warning";
			case SIGNED -> "text-bg-success";
			case SUPERSEDED -> "text-bg-light";
		};
	}

	public String messageKey() {
		return "fb.status." + name();
	}

}
