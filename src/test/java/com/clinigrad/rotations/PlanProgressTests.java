package com.clinigrad.rotations;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Rotations laid against a plan: each goes to the first area it trains that still needs
 * months, the surplus to the first matching area, the rest outside the plan; months count
 * as the audit counts them (ended with the exam or retake passed), at the day's edges.
 */
class PlanProgressTests {

	static final LocalDate TODAY = LocalDate.of(2026, 11, 20);

	static final RotationArea CARDIOLOGY = new RotationArea("心血管病", "Cardiology", "心血管病", null, 5, true);

	static final RotationArea ICU_CARDIOLOGY = new RotationArea("心内监护", "Cardiac ICU", "心血管病", null, 2, true);

	static final RotationArea EMERGENCY = new RotationArea("急诊科", "Emergency", null, "急诊", 4, true);

	static final List<RotationArea> PLAN = List.of(CARDIOLOGY, ICU_CARDIOLOGY, EMERGENCY);

	@Test
	void aRotationFillsTheFirstAreaThatStillNeedsMonthsThenTheNext() {
		PlanProgress progress = PlanProgress.of(PLAN,
				List.of(rotation("心血管内科", "心血管病", "2025-01-01", "2025-05-31", "PASS", null),
						rotation("心血管内科", "心血管病", "2025-06-01", "2025-07-31", "PASS", null),
						rotation("心血管内科", "心血管病", "2025-08-01", "2025-08-31", "PASS", null)),
				TODAY);
		// five months fill cardiology, the next two the cardiac ICU; with both full, the
		// last month goes to the first area the department trains
		assertThat(progress.areas().get(0).done()).isEqualByComparingTo("6");
		assertThat(progress.areas().get(1).done()).isEqualByComparingTo("2");
		assertThat(progress.areas().get(2).any()).isFalse();
		assertThat(progress.outsidePlan().any()).isFalse();
	}

	@Test
	void aDepartmentMatchesByAWordOfItsNameAndItsSurplusStaysInTheArea() {
		PlanProgress progress = PlanProgress.of(List.of(EMERGENCY),
				List.of(rotation("急诊科", null, "2025-01-01", "2025-04-30", "PASS", null),
						rotation("急诊医学科", null, "2025-05-01", "2025-06-30", "PASS", null)),
				TODAY);
		assertThat(progress.areas().get(0).done()).isEqualByComparingTo("6");
		assertThat(progress.areas().get(0).remainingOf(BigDecimal.valueOf(4))).isZero();
	}

	@Test
	void monthsInDepartmentsOfNoAreaCountOutsideThePlan() {
		PlanProgress progress = PlanProgress.of(PLAN,
				List.of(rotation("普通外科", "普通外科", "2024-09-01", "2025-08-31", "PASS", null),
						rotation("心血管内科", "心血管病", "2025-09-01", "2025-11-30", "PASS", null)),
				TODAY);
		assertThat(progress.outsidePlan().done()).isEqualByComparingTo("12");
		assertThat(progress.areas().get(0).done()).isEqualByComparingTo("3");
		assertThat(progress.areas().get(0).remainingOf(BigDecimal.valueOf(5))).isEqualByComparingTo("2");
	}

	@Test
	void anEmptyPlanPutsEveryRotationOutsideIt() {
		PlanProgress progress = PlanProgress.of(List.of(),
				List.of(rotation("心血管内科", "心血管病", "2025-01-01", "2025-03-31", "PASS", null)), TODAY);
		assertThat(progress.areas()).isEmpty();
		assertThat(progress.outsidePlan().done()).isEqualByComparingTo("3");
	}

	@Test
	void eachRotationStandsWhereTheAuditWouldCountIt() {
		PlanProgress progress = PlanProgress.of(List.of(EMERGENCY),
				List.of(rotation("急诊科", null, "2026-10-21", "2026-11-20", "PASS", null),
						rotation("急诊科", null, "2026-09-21", "2026-10-20", null, null),
						rotation("急诊科", null, "2026-08-21", "2026-09-20", "FAIL", null),
						rotation("急诊科", null, "2026-07-21", "2026-08-20", "FAIL", "FAIL"),
						rotation("急诊科", null, "2026-06-21", "2026-07-20", "FAIL", "PASS")),
				TODAY);
		PlanProgress.Months months = progress.areas().get(0);
		// ends today with the exam passed: done, as the audit counts it on that day
		assertThat(months.done()).isEqualByComparingTo("2");
		// ended, exam missing or the retake still to come
		assertThat(months.awaitingExam()).isEqualByComparingTo("2");
		// both failed: it does not count and does not fill the area
		assertThat(months.notCounted()).isEqualByComparingTo("1");
		assertThat(months.remainingOf(BigDecimal.valueOf(4))).isZero();
		assertThat(months.remainingOf(BigDecimal.valueOf(5))).isEqualByComparingTo("1");
	}

	@Test
	void aRotationEndingTodayWithoutItsExamIsInProgressAndOneStartingTomorrowScheduled() {
		PlanProgress progress = PlanProgress.of(List.of(EMERGENCY),
				List.of(rotation("急诊科", null, "2026-10-21", "2026-11-20", null, null),
						rotation("急诊科", null, "2026-11-21", "2026-12-20", null, null)),
				TODAY);
		assertThat(progress.areas().get(0).inProgress()).isEqualByComparingTo("1");
		assertThat(progress.areas().get(0).scheduled()).isEqualByComparingTo("1");
		assertThat(progress.areas().get(0).done()).isZero();
		assertThat(progress.areas().get(0).remainingOf(BigDecimal.valueOf(4))).isEqualByComparingTo("2");
	}

	@Test
	void monthsShowWithoutTrailingZeros() {
		PlanProgress progress = PlanProgress.of(List.of(EMERGENCY),
				List.of(rotation("急诊科", null, "2025-01-01", "2025-03-31", "PASS", null),
						rotation("急诊科", null, "2025-04-01", "2025-04-20", "PASS", null)),
				TODAY);
		assertThat(progress.areas().get(0).done().toPlainString()).isEqualTo("3.6");
		assertThat(PlanProgress.of(List.of(EMERGENCY), List.of(), TODAY).areas().get(0).done().toPlainString())
			.isEqualTo("0");
	}

	static ScheduledRotation rotation(String department, String subspecialty, String start, String end, String exam,
			String retake) {
		return new ScheduledRotation(0, 1, 1, "H", "D", department, subspecialty, LocalDate.parse(start),
				LocalDate.parse(end), false, ExamResult.of(exam), ExamResult.of(retake), null, RotationStatus.SCHEDULED,
				null, null, 0, null, null);
	}

}
