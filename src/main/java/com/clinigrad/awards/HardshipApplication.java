package com.clinigrad.awards;

import com.clinigrad.shared.BusinessRuleException;

/**
 * A hardship application as a workflow aggregate: every move goes through
 * {@link HardshipState#canMoveTo}; a refusal and a correction need a reason, an approval
 * a level.
 */
final class HardshipApplication {

	private final long id;

	private final long studentId;

	private final int year;

	private HardshipState state;

	private HardshipLevel level;

	private final long version;

	HardshipApplication(long id, long studentId, int year, HardshipState state, HardshipLevel level, long version) {
		this.id = id;
		this.studentId = studentId;
		this.year = year;
		this.state = state;
		this.level = level;
		this.version = version;
	}

	/**
	 * The office's review (初审): approved at a level for the graduate school, or refused.
	 */
	void review(boolean approve, HardshipLevel level, String reason) {
		if (this.state != HardshipState.SUBMITTED) {
			throw new BusinessRuleException("hardship.error.state");
		}
		move(approve ? HardshipState.OFFICE_APPROVED : HardshipState.REFUSED, approve ? level : null, reason);
	}

	/**
	 * The graduate school's decision (审核): recognised at a level, or refused.
	 */
	void decide(boolean recognise, HardshipLevel level, String reason) {
		if (this.state != HardshipState.OFFICE_APPROVED) {
			throw new BusinessRuleException("hardship.error.state");
		}
		move(recognise ? HardshipState.RECOGNISED : HardshipState.REFUSED, recognise ? level : null, reason);
	}

	/**
	 * A correction of a decision, with its reason: another level, or {@code null} to
	 * withdraw the recognition.
	 */
	void correct(HardshipLevel level, String reason) {
		if (!this.state.decided()) {
			throw new BusinessRuleException("hardship.error.state");
		}
		if (reason == null || reason.isBlank()) {
			throw new BusinessRuleException("hardship.error.reasonRequired");
		}
		HardshipState next = (level != null) ? HardshipState.RECOGNISED : HardshipState.REFUSED;
		if (next == this.state && level == this.level) {
			throw new BusinessRuleException("hardship.error.unchanged");
		}
		move(next, level, reason);
	}

	private void move(HardshipState next, HardshipLevel nextLevel, String reason) {
		if (!this.state.canMoveTo(next)) {
			throw new BusinessRuleException("hardship.error.state");
		}
		if (next == HardshipState.REFUSED && (reason == null || reason.isBlank())) {
			throw new BusinessRuleException("hardship.error.reasonRequired");
		}
		if (next != HardshipState.REFUSED && nextLevel == null) {
			throw new BusinessRuleException("hardship.error.levelRequired");
		}
		this.state = next;
		this.level = nextLevel;
	}

	long id() {
		return this.id;
	}

	long studentId() {
		return this.studentId;
	}

	int year() {
		return this.year;
	}

	HardshipState state() {
		return this.state;
	}

	HardshipLevel level() {
		return this.level;
	}

	long version() {
		return this.version;
	}

}
