package com.clinigrad.eligibility.rules;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import com.clinigrad.eligibility.rules.AuditSnapshot.Defense;
import com.clinigrad.eligibility.rules.AuditSnapshot.Osce;
import com.clinigrad.eligibility.rules.AuditSnapshot.Training;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The clinical postdoc's own checks on the competency-based training records: OSCE, 360°
 * rounds, annual feedback and completion defense, at their edges.
 */
class PostdocTrainingRuleTests {

	static final LocalDate AS_OF = LocalDate.of(2026, 6, 30);

	private static AuditSnapshot with(Training training) {
		return new AuditSnapshot("P1", "PUMCH-POSTDOC", 2023, "105101", List.of(), List.of(), List.of(), List.of(),
				List.of(), null, List.of(), training);
	}

	private static Training training(Map<Integer, LocalDate> feedback, List<Osce> osces, List<LocalDate> rounds,
			List<Defense> defenses) {
		return new Training(feedback, osces, rounds, defenses);
	}

	@Test
	void oscePassesOnTheLatestCompleteSitting() {
		Training t = training(Map.of(), List.of(new Osce(LocalDate.of(2025, 5, 1), true, false),
				new Osce(LocalDate.of(2026, 5, 1), true, true)), List.of(), List.of());
		CheckResult result = new OscePassedRule().check(with(t), AS_OF);
		assertThat(result.status()).isEqualTo(CheckStatus.PASS);
		assertThat(result.rule()).isEqualTo("OSCE_PASSED");
		assertThat(result.messageArgs()).containsExactly("2026-05-01");
	}

	@Test
	void osceFailedLatestFailsAndLaterSittingDoesNotCount() {
		Training t = training(Map.of(),
				List.of(new Osce(LocalDate.of(2026, 5, 1), true, false), new Osce(AS_OF.plusDays(1), true, true)),
				List.of(), List.of());
		CheckResult result = new OscePassedRule().check(with(t), AS_OF);
		assertThat(result.status()).isEqualTo(CheckStatus.FAIL);
		assertThat(result.actual()).isEqualTo("FAIL");
	}

	@Test
	void osceOnTheAsOfDayCountsAndAnIncompleteOneGivesNoVerdict() {
		Training t = training(Map.of(),
				List.of(new Osce(LocalDate.of(2026, 1, 1), true, true), new Osce(AS_OF, false, false)), List.of(),
				List.of());
		assertThat(new OscePassedRule().check(with(t), AS_OF).status()).isEqualTo(CheckStatus.PASS);
		Training incomplete = training(Map.of(), List.of(new Osce(AS_OF, false, true)), List.of(), List.of());
		CheckResult none = new OscePassedRule().check(with(incomplete), AS_OF);
		assertThat(none.status()).isEqualTo(CheckStatus.PENDING);
		assertThat(none.actual()).isEqualTo("none");
	}

	@Test
	void noTrainingRecordsAtAllWaits() {
		AuditSnapshot bare = new AuditSnapshot("P1", "PUMCH-POSTDOC", 2023, "105101", List.of(), List.of(), List.of(),
				List.of(), List.of(), null, List.of());
		assertThat(new OscePassedRule().check(bare, AS_OF).status()).isEqualTo(CheckStatus.PENDING);
		assertThat(new MsfDoneRule(1).check(bare, AS_OF).status()).isEqualTo(CheckStatus.PENDING);
		assertThat(new AnnualFeedbackRule(3).check(bare, AS_OF).status()).isEqualTo(CheckStatus.PENDING);
		assertThat(new CompletionDefenseRule().check(bare, AS_OF).status()).isEqualTo(CheckStatus.PENDING);
	}

	@Test
	void msfRoundsExactlyAtTheMinimumPassOneBelowWaits() {
		Training two = training(Map.of(), List.of(), List.of(LocalDate.of(2025, 3, 1), AS_OF), List.of());
		CheckResult met = new MsfDoneRule(2).check(with(two), AS_OF);
		assertThat(met.status()).isEqualTo(CheckStatus.PASS);
		assertThat(met.required()).isEqualTo("2");
		assertThat(met.actual()).isEqualTo("2");
		CheckResult short1 = new MsfDoneRule(2).check(with(two), AS_OF.minusDays(1));
		assertThat(short1.status()).isEqualTo(CheckStatus.PENDING);
		assertThat(short1.actual()).isEqualTo("1");
	}

	@Test
	void annualFeedbackCountsYearsSignedByBothByTheAsOfDate() {
		Map<Integer, LocalDate> three = Map.of(1, LocalDate.of(2024, 8, 1), 2, LocalDate.of(2025, 8, 1), 3, AS_OF);
		assertThat(
				new AnnualFeedbackRule(3).check(with(training(three, List.of(), List.of(), List.of())), AS_OF).status())
			.isEqualTo(CheckStatus.PASS);
		CheckResult before = new AnnualFeedbackRule(3).check(with(training(three, List.of(), List.of(), List.of())),
				AS_OF.minusDays(1));
		assertThat(before.status()).isEqualTo(CheckStatus.PENDING);
		assertThat(before.actual()).isEqualTo("2");
		assertThat(before.messageArgs()).containsExactly(2L, 3);
		assertThat(new AnnualFeedbackRule(0).check(with(Training.NONE), AS_OF).status()).isEqualTo(CheckStatus.PASS);
	}

	@Test
	void completionDefenseReadsTheLatestResult() {
		Training failedThenPassed = training(Map.of(), List.of(), List.of(),
				List.of(new Defense(LocalDate.of(2026, 3, 1), false), new Defense(AS_OF, true)));
		assertThat(new CompletionDefenseRule().check(with(failedThenPassed), AS_OF).status())
			.isEqualTo(CheckStatus.PASS);
		CheckResult earlier = new CompletionDefenseRule().check(with(failedThenPassed), AS_OF.minusDays(1));
		assertThat(earlier.status()).isEqualTo(CheckStatus.FAIL);
		assertThat(earlier.messageKey()).isEqualTo("audit.completionDefense.failed");
		assertThat(earlier.gate()).isEqualTo(Gate.DEGREE);
	}

	@Test
	void theRuleSetBuildsThePostdocChecksFromTheirCodesAndParameters() {
		RuleSet set = new RuleSet("PUMCH-POSTDOC", "2021", java.math.BigDecimal.valueOf(60),
				List.of(RuleSpec.of("OSCE_PASSED"), RuleSpec.of("MSF_DONE", "min", "1"),
						RuleSpec.of("ANNUAL_FEEDBACK", "min", "3"), RuleSpec.of("COMPLETION_DEFENSE")));
		assertThat(set.requirements()).extracting(Requirement::code)
			.containsExactly("OSCE_PASSED", "MSF_DONE", "ANNUAL_FEEDBACK", "COMPLETION_DEFENSE");
		assertThat(RuleSet.recordPage("ANNUAL_FEEDBACK")).contains(RecordPage.TRAINING);
		assertThat(RuleSet.CODES).contains("OSCE_PASSED", "MSF_DONE", "ANNUAL_FEEDBACK", "COMPLETION_DEFENSE");
	}

	@Test
	void onlyARuleSetWithATrainingCheckReadsTheTrainingRecords() {
		for (RuleSpec check : List.of(RuleSpec.of("OSCE_PASSED"), RuleSpec.of("MSF_DONE", "min", "1"),
				RuleSpec.of("ANNUAL_FEEDBACK", "min", "1"), RuleSpec.of("COMPLETION_DEFENSE"))) {
			RuleSet set = new RuleSet("PUMCH-POSTDOC", "2021", java.math.BigDecimal.valueOf(60),
					List.of(RuleSpec.of("PUBLICATION", "min", "1"), check));
			assertThat(set.reads(RecordPage.TRAINING)).as(check.code()).isTrue();
			assertThat(set.reads(RecordPage.ACHIEVEMENTS)).as(check.code()).isTrue();
			assertThat(set.reads(RecordPage.COURSES)).as(check.code()).isFalse();
		}
		RuleSet doctoral = new RuleSet("MD", "2021", java.math.BigDecimal.valueOf(60),
				List.of(RuleSpec.of("CREDITS_TOTAL", "min", "30"), RuleSpec.of("CLINICAL_MONTHS", "min", "33")));
		assertThat(doctoral.reads(RecordPage.TRAINING)).isFalse();
		assertThat(doctoral.reads(RecordPage.COURSES)).isTrue();
	}

}
