package com.clinigrad.achievements;

import com.clinigrad.shared.BusinessRuleException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A pending claim is confirmed or rejected once; every other decision is refused.
 */
class ClaimStatusTests {

	@Test
	void aPendingClaimIsConfirmedOrRejected() {
		assertThat(ClaimStatus.PENDING.decide(true)).isEqualTo(ClaimStatus.CONFIRMED);
		assertThat(ClaimStatus.PENDING.decide(false)).isEqualTo(ClaimStatus.REJECTED);
	}

	@Test
	void everyDecisionOnADecidedClaimIsRefused() {
		int refused = 0;
		for (ClaimStatus status : ClaimStatus.values()) {
			for (boolean confirm : new boolean[] { true, false }) {
				if (status != ClaimStatus.PENDING) {
					assertThatThrownBy(() -> status.decide(confirm)).isInstanceOf(BusinessRuleException.class)
						.hasMessage("achievement.error.decided");
					refused++;
				}
			}
		}
		assertThat(refused).isEqualTo(4);
	}

}
