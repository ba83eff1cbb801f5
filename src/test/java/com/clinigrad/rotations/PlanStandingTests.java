package com.clinigrad.rotations;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import com.clinigrad.rotations.PlanView.Standing;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The plan's summary: the program's rule set requires months in total (what the audit's
 * {@code CLINICAL_MONTHS} counts), the plan requires months per area; the total row's
 * months still to arrange are the areas' sum, and the plan is complete only when every
 * area is.
 */
class PlanStandingTests {

	@Test
	void theProgramsTotalMetWithAreasStillShortIsNotACompletePlanAndTheTotalIsTheAreasSum() {
		// the demo coordinator's trainee: 24 months done of the 24 the program requires,
		// five areas short
		PlanView plan = plan(24, area("心血管病", 5, true, months(0, 0, 2.9)), area("呼吸系病", 4, true, months(6, 0, 0)),
				area("消化系病", 4, true, months(3, 0, 0)), area("内分泌与代谢病", 3, true, months(3, 0, 0)),
				area("肾病", 3, true, months(0, 0, 0)), area("血液病", 3, true, months(3, 3, 0)),
				area("感染病", 2, true, months(0, 0, 0)), area("风湿病", 2, false, months(6, 0, 0)),
				area("急诊科", 4, true, months(3, 0, 0)));
		assertThat(plan.total().done()).isEqualByComparingTo("24");
		assertThat(plan.standing()).isEqualTo(Standing.PROGRAM_MET);
		assertThat(plan.remaining()).isEqualByComparingTo("0");
		assertThat(plan.planRemaining()).isEqualByComparingTo("9.1");
		assertThat(plan.planRemaining())
			.isEqualByComparingTo(plan.items().stream().map(PlanView.Item::remaining).reduce(BigDecimal::add).get());
		assertThat(plan.openAreas()).extracting((item) -> item.area().area())
			.containsExactly("心血管病", "消化系病", "肾病", "感染病", "急诊科");
		assertThat(plan.openAreaNames(false)).isEqualTo("心血管病、消化系病、肾病、感染病、急诊科");
		assertThat(plan.openAreaNames(true)).isEqualTo("心血管病 en, 消化系病 en, 肾病 en, 感染病 en, 急诊科 en");
		assertThat(plan.shortBeyondPlan()).isEqualByComparingTo("0");
	}

	@Test
	void everyAreaDoneAndTheProgramsTotalReachedCompleteThePlan() {
		PlanView plan = plan(8, area("心血管病", 5, true, months(5, 0, 0)), area("急诊科", 3, true, months(3.5, 0, 0)));
		assertThat(plan.standing()).isEqualTo(Standing.PLAN_COMPLETE);
		assertThat(plan.planRemaining()).isEqualByComparingTo("0");
		assertThat(plan.openAreas()).isEmpty();
	}

	@Test
	void oneMonthShortOfTheProgramsTotalIsUnderWayEvenWithEveryAreaDone() {
		PlanView plan = plan(9, area("心血管病", 5, true, months(5, 0, 0)), area("急诊科", 3, true, months(3, 0, 0)));
		assertThat(plan.standing()).isEqualTo(Standing.UNDER_WAY);
		assertThat(plan.openAreas()).isEmpty();
		// the plan's areas add up to 8 of the 9 months: one more is needed beyond them
		assertThat(plan.remaining()).isEqualByComparingTo("1");
		assertThat(plan.planRemaining()).isEqualByComparingTo("0");
		assertThat(plan.shortBeyondPlan()).isEqualByComparingTo("1");
	}

	@Test
	void monthsInProgressAndScheduledCountAsArrangedButNotAsDone() {
		PlanView plan = plan(8, area("心血管病", 5, true, months(2, 2, 0)), area("急诊科", 3, true, months(0, 0, 0)));
		assertThat(plan.standing()).isEqualTo(Standing.UNDER_WAY);
		assertThat(plan.planRemaining()).isEqualByComparingTo("4");
		assertThat(plan.remaining()).isEqualByComparingTo("4");
		assertThat(plan.shortBeyondPlan()).isEqualByComparingTo("0");
	}

	@Test
	void surplusInOneAreaCountsForTheProgramsTotalButNotForAnotherArea() {
		PlanView plan = plan(8, area("心血管病", 5, true, months(8, 0, 0)), area("急诊科", 3, true, months(0, 0, 0)));
		assertThat(plan.standing()).isEqualTo(Standing.PROGRAM_MET);
		assertThat(plan.remaining()).isEqualByComparingTo("0");
		assertThat(plan.planRemaining()).isEqualByComparingTo("3");
		assertThat(plan.openAreaNames(false)).isEqualTo("急诊科");
	}

	@Test
	void aProgramWithoutClinicalTrainingIsNeverMet() {
		PlanView plan = new PlanView("M1", "p", "p", "105101", "内科学", "Internal medicine", "医院", "Hospital", null,
				false, List.of(), PlanProgress.Months.NONE, List.of());
		assertThat(plan.standing()).isEqualTo(Standing.UNDER_WAY);
		assertThat(plan.planRemaining()).isEqualByComparingTo("0");
	}

	private static PlanView plan(int required, PlanView.Item... items) {
		return new PlanView("M1", "临床医学专业学位硕士", "Professional master", "105101", "内科学", "Internal medicine", "医院",
				"Hospital", BigDecimal.valueOf(required), true, new ArrayList<>(List.of(items)),
				PlanProgress.Months.NONE, List.of());
	}

	private static PlanView.Item area(String name, int months, boolean mandatory, PlanProgress.Months rotated) {
		return new PlanView.Item(new RotationArea(name, name + " en", name, null, months, mandatory), rotated,
				List.of(name + "科"), List.of(name + " department"), List.of());
	}

	private static PlanProgress.Months months(double done, double inProgress, double awaitingExam) {
		return new PlanProgress.Months(BigDecimal.valueOf(done), BigDecimal.valueOf(inProgress), BigDecimal.ZERO,
				BigDecimal.valueOf(awaitingExam), BigDecimal.ZERO);
	}

}
