package com.clinigrad.awards;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import com.clinigrad.students.AdmissionType;
import com.clinigrad.students.DegreeType;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The pure rules of the award schemes: quota rounding at its edges, Zhejiang's stipend
 * rising the month after the mid-term assessment passed, and who a type admits.
 */
class AwardRulesTests {

	@Test
	void quotaRoundsAsTheSchemeSays() {
		BigDecimal twoPercent = new BigDecimal("0.02");
		// 2 % of 49 = 0.98
		assertThat(QuotaRounding.HALF_UP.quota(twoPercent, 49)).isEqualTo(1);
		assertThat(QuotaRounding.FLOOR.quota(twoPercent, 49)).isZero();
		assertThat(QuotaRounding.CEILING.quota(twoPercent, 49)).isEqualTo(1);
		// exactly half: 2 % of 25 = 0.5
		assertThat(QuotaRounding.HALF_UP.quota(twoPercent, 25)).isEqualTo(1);
		assertThat(QuotaRounding.FLOOR.quota(twoPercent, 25)).isZero();
		// just below half: 2 % of 24 = 0.48
		assertThat(QuotaRounding.HALF_UP.quota(twoPercent, 24)).isZero();
		// exact: 8 % of 50 = 4
		BigDecimal eightPercent = new BigDecimal("0.08");
		assertThat(QuotaRounding.FLOOR.quota(eightPercent, 50)).isEqualTo(4);
		assertThat(QuotaRounding.CEILING.quota(eightPercent, 50)).isEqualTo(4);
		assertThat(QuotaRounding.HALF_UP.quota(twoPercent, 0)).isZero();
	}

	@Test
	void theZhejiangDoctoralStipendRisesFromTheMonthAfterTheMidtermPassed() {
		AwardTypeView stipend = stipend(new BigDecimal("3500"), new BigDecimal("4100"));
		LocalDate passed = LocalDate.of(2026, 6, 30);

		StipendAmount june = StipendRate.of(stipend, passed, YearMonth.of(2026, 6));
		StipendAmount july = StipendRate.of(stipend, passed, YearMonth.of(2026, 7));

		assertThat(june.amount()).isEqualByComparingTo("3500");
		assertThat(june.raised()).isFalse();
		assertThat(july.amount()).isEqualByComparingTo("4100");
		assertThat(july.raised()).isTrue();
		assertThat(july.midtermPassedOn()).isEqualTo(passed);
		assertThat(StipendRate.of(stipend, passed, YearMonth.of(2026, 5)).amount()).isEqualByComparingTo("3500");
	}

	@Test
	void withoutAPassedMidtermOrARaiseTheAmountStays() {
		AwardTypeView zhejiang = stipend(new BigDecimal("3500"), new BigDecimal("4100"));
		assertThat(StipendRate.of(zhejiang, null, YearMonth.of(2026, 9)).amount()).isEqualByComparingTo("3500");
		AwardTypeView master = stipend(new BigDecimal("2175"), null);
		StipendAmount later = StipendRate.of(master, LocalDate.of(2025, 1, 10), YearMonth.of(2026, 9));
		assertThat(later.amount()).isEqualByComparingTo("2175");
		assertThat(later.raised()).isFalse();
	}

	@Test
	void aTypeAdmitsByDegreeAdmissionAndFirstYear() {
		AwardTypeView freshman = new AwardTypeView(1, 1, 5, AwardKind.FRESHMAN_SCHOLARSHIP, null, "新生奖学金（推荐免试）",
				"Freshman", new BigDecimal("8000"), false, null, AmountUnit.ONE_OFF, null,
				List.of(DegreeType.PRO_MASTER), AdmissionType.EXEMPT, true, Allocation.ALL_ELIGIBLE, BigDecimal.ONE,
				null, 0);
		assertThat(freshman.admits(DegreeType.PRO_MASTER, AdmissionType.EXEMPT, 2026, 2026)).isTrue();
		assertThat(freshman.admits(DegreeType.PRO_MASTER, AdmissionType.EXAM, 2026, 2026)).isFalse();
		assertThat(freshman.admits(DegreeType.PRO_MASTER, AdmissionType.EXEMPT, 2025, 2026)).isFalse();
		assertThat(freshman.admits(DegreeType.PRO_DOCTOR, AdmissionType.EXEMPT, 2026, 2026)).isFalse();
		AwardTypeView anyone = stipend(new BigDecimal("1"), null);
		assertThat(anyone.admits(DegreeType.POSTDOC, AdmissionType.GENERAL, 2019, 2026)).isTrue();
	}

	@Test
	void aMonthlyAwardsYearlyAmountCountsItsMonths() {
		AwardTypeView grant = new AwardTypeView(1, 1, 1, AwardKind.NATIONAL_GRANT, null, "国家助学金", "National grant",
				new BigDecimal("1500"), false, null, AmountUnit.PER_MONTH, 10, List.of(), null, false,
				Allocation.ALL_ELIGIBLE, null, null, 0);
		assertThat(grant.yearlyAmount()).isEqualByComparingTo("15000");
	}

	private static AwardTypeView stipend(BigDecimal amount, BigDecimal afterMidterm) {
		return new AwardTypeView(1, 1, 1, AwardKind.STIPEND, null, "岗位助学金", "Stipend", amount, true, afterMidterm,
				AmountUnit.PER_MONTH, 12, List.of(), null, false, Allocation.ALL_ELIGIBLE, null, null, 0);
	}

}
