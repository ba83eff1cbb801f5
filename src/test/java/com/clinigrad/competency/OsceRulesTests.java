package com.clinigrad.competency;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class OsceRulesTests {

	private static final BigDecimal SIXTY = BigDecimal.valueOf(60);

	@Test
	void aStationIsPassedExactlyAtItsPassMarkAndMinimumGlobalRating() {
		assertThat(OsceRules.station(6, 10, 3, SIXTY, 3).passed()).isTrue();
		assertThat(OsceRules.station(6, 10, 3, SIXTY, 3).percent()).isEqualByComparingTo("60.0");
	}

	@Test
	void onePointOrOneGlobalStepBelowFailsTheStation() {
		assertThat(OsceRules.station(5, 10, 5, SIXTY, 3).passed()).isFalse();
		assertThat(OsceRules.station(10, 10, 2, SIXTY, 3).passed()).isFalse();
	}

	@Test
	void theExamNeedsEveryStationForAVerdict() {
		OsceRules.ExamOutcome outcome = OsceRules.exam(List.of(OsceRules.station(9, 10, 4, SIXTY, 3)), 2,
				BigDecimal.valueOf(70), BigDecimal.valueOf(75));
		assertThat(outcome.complete()).isFalse();
		assertThat(outcome.passed()).isFalse();
		assertThat(OsceRules.exam(List.of(), 2, SIXTY, SIXTY).percent()).isNull();
	}

	@Test
	void theExamIsPassedWithTheOverallPercentAndTheShareOfStationsPassed() {
		List<OsceRules.StationOutcome> fourStations = List.of(OsceRules.station(9, 10, 4, SIXTY, 3),
				OsceRules.station(8, 10, 4, SIXTY, 3), OsceRules.station(8, 10, 4, SIXTY, 3),
				OsceRules.station(5, 10, 3, SIXTY, 3));
		OsceRules.ExamOutcome outcome = OsceRules.exam(fourStations, 4, BigDecimal.valueOf(75), BigDecimal.valueOf(75));
		assertThat(outcome.percent()).isEqualByComparingTo("75.0");
		assertThat(outcome.stationsPassed()).isEqualTo(3);
		assertThat(outcome.passed()).isTrue();
		assertThat(OsceRules.exam(fourStations, 4, BigDecimal.valueOf(75.1), BigDecimal.valueOf(75)).passed())
			.isFalse();
		assertThat(OsceRules.exam(fourStations, 4, BigDecimal.valueOf(75), BigDecimal.valueOf(76)).passed()).isFalse();
	}

}
