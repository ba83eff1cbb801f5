package com.clinigrad.rotations;

import com.clinigrad.rotations.RotationStatus.Transition;
import com.clinigrad.shared.BusinessRuleException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * A rotation is cancelled and restored only before it starts, and only from the other
 * status; a scheduled one, started or not, ends earlier or later, a cancelled one keeps
 * its dates; every refusal names its reason.
 */
class RotationStatusTests {

	@Test
	void aScheduledRotationNotStartedIsCancelledAndRestored() {
		assertThat(RotationStatus.SCHEDULED.next(Transition.CANCEL, false)).isEqualTo(RotationStatus.CANCELLED);
		assertThat(RotationStatus.CANCELLED.next(Transition.RESTORE, false)).isEqualTo(RotationStatus.SCHEDULED);
	}

	@Test
	void aStartedRotationIsNeitherCancelledNorRestored() {
		refused(RotationStatus.SCHEDULED, Transition.CANCEL, true, "rotation.error.alreadyStarted");
		refused(RotationStatus.CANCELLED, Transition.RESTORE, true, "rotation.error.restoreStarted");
	}

	@Test
	void aScheduledRotationMovesItsLastDayStartedOrNotACancelledOneDoesNot() {
		for (Transition move : new Transition[] { Transition.SHORTEN, Transition.EXTEND }) {
			assertThat(RotationStatus.SCHEDULED.next(move, true)).isEqualTo(RotationStatus.SCHEDULED);
			assertThat(RotationStatus.SCHEDULED.next(move, false)).isEqualTo(RotationStatus.SCHEDULED);
			refused(RotationStatus.CANCELLED, move, false, "rotation.error.shortenCancelled");
		}
	}

	@Test
	void nothingIsCancelledOrRestoredTwice() {
		refused(RotationStatus.CANCELLED, Transition.CANCEL, false, "rotation.error.alreadyCancelled");
		refused(RotationStatus.SCHEDULED, Transition.RESTORE, false, "rotation.error.notCancelled");
		refused(RotationStatus.CANCELLED, Transition.CANCEL, true, "rotation.error.alreadyCancelled");
	}

	private static void refused(RotationStatus from, Transition transition, boolean started, String key) {
		assertThatExceptionOfType(BusinessRuleException.class).isThrownBy(() -> from.next(transition, started))
			.satisfies((ex) -> assertThat(ex.getMessageKey()).isEqualTo(key));
	}

}
