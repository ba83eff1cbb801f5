package com.clinigrad.rotations;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * A rotation cancelled, restored, ended early or extended: which one, from what to what,
 * why, who and when.
 *
 * @param oldEndDate the last day before it was moved, else {@code null}
 * @param newEndDate the last day it was moved to, else {@code null}
 * @param departmentNameEn the department's recorded English name, or {@code null}
 */
public record RotationStatusChange(long rotationId, String departmentName, LocalDate startDate, LocalDate endDate,
		RotationStatus from, RotationStatus to, String reason, String actor, OffsetDateTime changedAt,
		LocalDate oldEndDate, LocalDate newEndDate, String departmentNameEn) {

	/**
	 * @return the department's name in the page's language
	 */
	public String departmentDisplayName(boolean english) {
		return com.clinigrad.organization.DepartmentNames.display(this.departmentName, this.departmentNameEn, english);
	}

	/**
	 * @return the change the office made, to name it in the history
	 */
	public RotationStatus.Transition transition() {
		if (this.newEndDate != null) {
			return this.newEndDate.isBefore(this.oldEndDate) ? RotationStatus.Transition.SHORTEN
					: RotationStatus.Transition.EXTEND;
		}
		return this.to.cancelled() ? RotationStatus.Transition.CANCEL : RotationStatus.Transition.RESTORE;
	}

}
