package com.clinigrad.rotations;

import java.time.LocalDate;

/**
 * A rotation cancelled and not restored, with the cancellation (its reason, who and
 * when).
 *
 * @param cancellation the latest cancellation, or {@code null} when none was recorded
 */
public record CancelledRotation(ScheduledRotation rotation, RotationStatusChange cancellation) {

	/**
	 * @return whether it may still be restored on that day (it has not started)
	 */
	public boolean restorable(LocalDate today) {
		return !this.rotation.started(today);
	}

}
