package com.clinigrad.supervisors;

import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * When an absence abroad needs a deputy: more than six months (the rule set's value)
 * while a student is in the department phase.
 */
class DeputyRuleTests {

	private final DeputyRule rule = DeputyRule.of(Map.of("deputyAbsenceMonths", "6"));

	private final LocalDate leaves = LocalDate.of(2026, 3, 1);

	@Test
	void exactlySixMonthsNeedsNoDeputy() {
		assertThat(this.rule.deputyRequired(this.leaves, LocalDate.of(2026, 9, 1), true)).isFalse();
	}

	@Test
	void oneDayMoreThanSixMonthsNeedsADeputy() {
		assertThat(this.rule.deputyRequired(this.leaves, LocalDate.of(2026, 9, 2), true)).isTrue();
	}

	@Test
	void noStudentInTheDepartmentPhaseNeedsNoDeputyHoweverLong() {
		assertThat(this.rule.deputyRequired(this.leaves, LocalDate.of(2027, 9, 1), false)).isFalse();
	}

	@Test
	void theMonthsAreData() {
		DeputyRule three = DeputyRule.of(Map.of("deputyAbsenceMonths", "3"));
		assertThat(three.deputyRequired(this.leaves, LocalDate.of(2026, 6, 1), true)).isFalse();
		assertThat(three.deputyRequired(this.leaves, LocalDate.of(2026, 6, 2), true)).isTrue();
		assertThat(DeputyRule.of(Map.of()).months()).isEqualTo(6);
	}

	@Test
	void theStateOfAnAbsenceFollowsItsDates() {
		LocalDate returns = LocalDate.of(2026, 9, 1);
		assertThat(AbsenceState.of(this.leaves, returns, this.leaves.minusDays(1))).isEqualTo(AbsenceState.PLANNED);
		assertThat(AbsenceState.of(this.leaves, returns, this.leaves)).isEqualTo(AbsenceState.ACTIVE);
		assertThat(AbsenceState.of(this.leaves, returns, returns)).isEqualTo(AbsenceState.ACTIVE);
		assertThat(AbsenceState.of(this.leaves, returns, returns.plusDays(1))).isEqualTo(AbsenceState.ENDED);
	}

}
