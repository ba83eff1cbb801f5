package com.clinigrad.rotations;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * A rotation cancelled or restored: which one, from what to what, why, who and when.
 */
public record RotationStatusChange(long rotationId, String departmentName, LocalDate startDate, LocalDate endDate,
		RotationStatus from, RotationStatus to, String reason, String actor, OffsetDateTime changedAt) {

	/**
	 * @return the change the office made, to name it in the history
	 */
	public RotationStatus.Transition transition() {
		return this.to.cancelled() ? RotationStatus.Transition.CANCEL : RotationStatus.Transition.RESTORE;
	}

}
