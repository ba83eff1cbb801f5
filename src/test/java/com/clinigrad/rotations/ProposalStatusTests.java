package com.clinigrad.rotations;

import com.clinigrad.shared.BusinessRuleException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * An open proposal is accepted or discarded once; every other transition is refused.
 */
class ProposalStatusTests {

	@Test
	void anOpenProposalIsAcceptedOrDiscarded() {
		assertThat(ProposalStatus.OPEN.next(true)).isEqualTo(ProposalStatus.ACCEPTED);
		assertThat(ProposalStatus.OPEN.next(false)).isEqualTo(ProposalStatus.DISCARDED);
	}

	@Test
	void everyTransitionOfAClosedProposalIsRefused() {
		int refused = 0;
		for (ProposalStatus status : ProposalStatus.values()) {
			for (boolean accept : new boolean[] { true, false }) {
				if (status != ProposalStatus.OPEN) {
					assertThatThrownBy(() -> status.next(accept)).isInstanceOf(BusinessRuleException.class)
						.hasMessage("rotation.error.proposalClosed");
					refused++;
				}
			}
		}
		assertThat(refused).isEqualTo(4);
	}

}
