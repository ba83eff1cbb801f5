package com.clinigrad.competency;

import java.util.List;

import com.clinigrad.shared.BusinessRuleException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PlanRulesTests {

	@Test
	void aYearHoldsExactlyTwelveMonths() {
		assertThatNoException().isThrownBy(
				() -> PlanRules.check(List.of(new PlanRules.Period(2, 6, true), new PlanRules.Period(2, 6, true)), 36));
	}

	@Test
	void aThirteenthMonthInAYearIsRefusedNamingTheYear() {
		assertThatThrownBy(
				() -> PlanRules.check(List.of(new PlanRules.Period(2, 7, true), new PlanRules.Period(2, 6, true)), 36))
			.isInstanceOfSatisfying(BusinessRuleException.class, (e) -> {
				assertThat(e.getMessageKey()).isEqualTo("cbt.error.yearOverfull");
				assertThat(e.getArguments()).containsExactly(2, 13);
			});
	}

	@Test
	void aLeftOutPeriodDoesNotCount() {
		assertThatNoException().isThrownBy(() -> PlanRules
			.check(List.of(new PlanRules.Period(3, 12, true), new PlanRules.Period(3, 3, false)), 36));
		assertThat(PlanRules.monthsByYear(List.of(new PlanRules.Period(3, 9, true), new PlanRules.Period(3, 3, false))))
			.containsEntry(3, 9);
	}

	@Test
	void aYearBeyondTheProgramIsRefused() {
		assertThatThrownBy(() -> PlanRules.check(List.of(new PlanRules.Period(4, 1, true)), 36)).isInstanceOfSatisfying(
				BusinessRuleException.class, (e) -> assertThat(e.getMessageKey()).isEqualTo("cbt.error.yearOutside"));
	}

	@Test
	void moreMonthsThanTheProgramLastsAreRefused() {
		assertThatNoException().isThrownBy(() -> PlanRules
			.check(List.of(new PlanRules.Period(1, 12, true), new PlanRules.Period(2, 6, true)), 18));
		assertThatThrownBy(
				() -> PlanRules.check(List.of(new PlanRules.Period(1, 12, true), new PlanRules.Period(2, 7, true)), 18))
			.isInstanceOfSatisfying(BusinessRuleException.class, (e) -> {
				assertThat(e.getMessageKey()).isEqualTo("cbt.error.overDuration");
				assertThat(e.getArguments()).containsExactly(19, 18);
			});
	}

}
