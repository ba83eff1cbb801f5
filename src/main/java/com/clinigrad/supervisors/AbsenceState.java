package com.clinigrad.supervisors;

import java.time.LocalDate;

/**
 * Where an absence (and its deputyship) stands on a day, from its dates alone.
 */
public enum AbsenceState {

	/** 未开始. */
	PLANNED,
	/** 进行中: the deputy sees and acts for the students. */
	ACTIVE,
	/** 已结束. */
	ENDED;

	public static AbsenceState of(LocalDate leavesOn, LocalDate returnsOn, LocalDate asOf) {
		if (asOf.isBefore(leavesOn)) {
			return PLANNED;
		}
		return asOf.isAfter(returnsOn) ? ENDED : ACTIVE;
	}

	public String messageKey() {
		return "absence.state." + name();
	}

}
