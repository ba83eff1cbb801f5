package com.clinigrad.supervisors;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The age bands of the supervisor table at their edges.
 */
class AgeBandTests {

	@Test
	void eachBandEndsWhereTheReportSays() {
		assertThat(AgeBand.of(20)).isEqualTo(AgeBand.UP_TO_35);
		assertThat(AgeBand.of(35)).isEqualTo(AgeBand.UP_TO_35);
		assertThat(AgeBand.of(36)).isEqualTo(AgeBand.FROM_36_TO_45);
		assertThat(AgeBand.of(45)).isEqualTo(AgeBand.FROM_36_TO_45);
		assertThat(AgeBand.of(46)).isEqualTo(AgeBand.FROM_46_TO_55);
		assertThat(AgeBand.of(55)).isEqualTo(AgeBand.FROM_46_TO_55);
		assertThat(AgeBand.of(56)).isEqualTo(AgeBand.FROM_56_TO_60);
		assertThat(AgeBand.of(60)).isEqualTo(AgeBand.FROM_56_TO_60);
		assertThat(AgeBand.of(61)).isEqualTo(AgeBand.FROM_61);
	}

	@Test
	void theLabelsAreTheKeysOfTheReportApi() {
		assertThat(AgeBand.values()).extracting(AgeBand::label)
			.containsExactly("<=35", "36-45", "46-55", "56-60", ">=61");
	}

}
