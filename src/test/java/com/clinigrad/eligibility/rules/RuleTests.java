package com.clinigrad.eligibility.rules;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;

import com.clinigrad.eligibility.rules.AuditSnapshot.CourseCategory;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import static com.clinigrad.eligibility.rules.Snapshots.student;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every rule at its threshold, one below, with missing data, and waived.
 */
class RuleTests {

	static final BigDecimal PASS_MARK = new BigDecimal("60");

	static final LocalDate AS_OF = LocalDate.of(2026, 6, 30);

	static CheckResult check(Requirement rule, Snapshots snapshot) {
		return rule.check(snapshot.build(), AS_OF);
	}

	@Nested
	class Credits {

		CreditsRule total = new CreditsRule("CREDITS_TOTAL", null, new BigDecimal("16"), PASS_MARK);

		@Test
		void exactlyTheMinimumPasses() {
			CheckResult result = check(this.total,
					student().course("A", CourseCategory.PUBLIC_REQUIRED, "4", 1, "60")
						.course("B", CourseCategory.DEGREE_REQUIRED, "8", 1, "75")
						.course("C", CourseCategory.DEGREE_PROFESSIONAL, "4", 1, "90"));
			assertThat(result.status()).isEqualTo(CheckStatus.PASS);
			assertThat(result.required()).isEqualTo("16");
			assertThat(result.actual()).isEqualTo("16");
		}

		@Test
		void oneBelowIsPendingAndAScoreBelowThePassMarkEarnsNothing() {
			CheckResult result = check(this.total,
					student().course("A", CourseCategory.PUBLIC_REQUIRED, "4", 1, "59.5")
						.course("B", CourseCategory.DEGREE_REQUIRED, "8", 1, "75")
						.course("C", CourseCategory.DEGREE_PROFESSIONAL, "3", 1, "90")
						.course("D", CourseCategory.ELECTIVE, "1", 1, "61"));
			assertThat(result.status()).isEqualTo(CheckStatus.PENDING);
			assertThat(result.actual()).isEqualTo("12");
		}

		@Test
		void theLatestAttemptCountsAndCreditsCountOnce() {
			CheckResult result = check(
					new CreditsRule("CREDITS_PUBLIC_REQUIRED", CourseCategory.PUBLIC_REQUIRED, new BigDecimal("4"),
							PASS_MARK),
					student().course("A", CourseCategory.PUBLIC_REQUIRED, "2", 1, "50")
						.course("A", CourseCategory.PUBLIC_REQUIRED, "2", 2, "70")
						.passFail("P", CourseCategory.PUBLIC_REQUIRED, "2", 1, true)
						.course("B", CourseCategory.DEGREE_REQUIRED, "8", 1, "75"));
			assertThat(result.status()).isEqualTo(CheckStatus.PASS);
			assertThat(result.actual()).isEqualTo("4");
		}

		@Test
		void aPassedCourseFailedOnRetakeNoLongerCounts() {
			CheckResult result = check(this.total, student().course("A", CourseCategory.DEGREE_REQUIRED, "16", 1, "80")
				.course("A", CourseCategory.DEGREE_REQUIRED, "16", 2, "40"));
			assertThat(result.actual()).isEqualTo("0");
		}

		@Test
		void noCoursesIsPendingAndACourseInALaterTermDoesNotCount() {
			assertThat(check(this.total, student()).status()).isEqualTo(CheckStatus.PENDING);
			CheckResult later = check(this.total,
					student().courseInTerm("X", "16", "2026-1", LocalDate.of(2026, 9, 1), "90"));
			assertThat(later.actual()).isEqualTo("0");
		}

		@Test
		void decimalCreditsAreShownWithoutTrailingZeros() {
			CheckResult result = check(this.total, student().course("A", CourseCategory.ELECTIVE, "2.5", 1, "80")
				.course("B", CourseCategory.ELECTIVE, "1.0", 1, "80"));
			assertThat(result.actual()).isEqualTo("3.5");
		}

	}

	@Nested
	class RequiredCourses {

		RequiredCoursesPassedRule rule = new RequiredCoursesPassedRule(PASS_MARK);

		@Test
		void aFailedElectiveDoesNotCountButAFailedRequiredCourseFails() {
			assertThat(check(this.rule, student().course("E", CourseCategory.ELECTIVE, "1", 1, "10")).status())
				.isEqualTo(CheckStatus.PASS);
			CheckResult failed = check(this.rule, student().course("R", CourseCategory.DEGREE_REQUIRED, "2", 1, "59"));
			assertThat(failed.status()).isEqualTo(CheckStatus.FAIL);
			assertThat(failed.actual()).isEqualTo("1");
		}

		@Test
		void aPassedRetakeClearsTheFailureAndPassFailCounts() {
			assertThat(check(this.rule,
					student().course("R", CourseCategory.DEGREE_REQUIRED, "2", 1, "40")
						.course("R", CourseCategory.DEGREE_REQUIRED, "2", 2, "60"))
				.status()).isEqualTo(CheckStatus.PASS);
			assertThat(
					check(this.rule, student().passFail("P", CourseCategory.PUBLIC_REQUIRED, "1", 1, false)).status())
				.isEqualTo(CheckStatus.FAIL);
		}

		@Test
		void noCoursesPasses() {
			assertThat(check(this.rule, student()).status()).isEqualTo(CheckStatus.PASS);
		}

	}

	@Nested
	class Milestones {

		MilestoneRule proposal = new MilestoneRule("MILESTONE_PROPOSAL", "PROPOSAL", Gate.DEFEND);

		@Test
		void theLatestSittingCounts() {
			assertThat(check(this.proposal,
					student().milestone("PROPOSAL", "2024-03-01", false).milestone("PROPOSAL", "2024-09-01", true))
				.status()).isEqualTo(CheckStatus.PASS);
			assertThat(check(this.proposal,
					student().milestone("PROPOSAL", "2024-03-01", true).milestone("PROPOSAL", "2024-09-01", false))
				.status()).isEqualTo(CheckStatus.FAIL);
		}

		@Test
		void noneIsPendingAndASittingAfterTheAsOfDateDoesNotCount() {
			assertThat(check(this.proposal, student()).status()).isEqualTo(CheckStatus.PENDING);
			assertThat(check(this.proposal, student().milestone("PROPOSAL", "2026-07-01", true)).status())
				.isEqualTo(CheckStatus.PENDING);
			assertThat(check(this.proposal, student().milestone("PROPOSAL", "2026-06-30", true)).status())
				.isEqualTo(CheckStatus.PASS);
			assertThat(check(this.proposal, student().milestone("MIDTERM", "2024-01-01", true)).status())
				.isEqualTo(CheckStatus.PENDING);
		}

	}

	@Nested
	class Thesis {

		@Test
		void lengthAtTheMinimumPassesAndOneBelowFails() {
			ThesisLengthRule rule = new ThesisLengthRule(10000);
			assertThat(check(rule, student().thesis(10000, 900, 1800, "10")).status()).isEqualTo(CheckStatus.PASS);
			assertThat(check(rule, student().thesis(9999, 900, 1800, "10")).status()).isEqualTo(CheckStatus.FAIL);
			assertThat(check(rule, student()).status()).isEqualTo(CheckStatus.PENDING);
		}

		@Test
		void abstractsAtTheMaximumPassAndOneOverFails() {
			AbstractLengthRule zh = new AbstractLengthRule(true, 1000);
			AbstractLengthRule en = new AbstractLengthRule(false, 2000);
			assertThat(check(zh, student().thesis(12000, 1000, 2001, "10")).status()).isEqualTo(CheckStatus.PASS);
			assertThat(check(zh, student().thesis(12000, 1001, 2000, "10")).status()).isEqualTo(CheckStatus.FAIL);
			assertThat(check(en, student().thesis(12000, 1001, 2000, "10")).status()).isEqualTo(CheckStatus.PASS);
			assertThat(check(en, student().thesis(12000, 1000, 2001, "10")).status()).isEqualTo(CheckStatus.FAIL);
			assertThat(check(en, student()).status()).isEqualTo(CheckStatus.PENDING);
		}

		@Test
		void similarityThirtyPassesThirtyPointOneFailsNoneIsNotMet() {
			SimilarityRule rule = new SimilarityRule(new BigDecimal("30"));
			assertThat(check(rule, student().thesis(12000, 900, 1800, "30")).status()).isEqualTo(CheckStatus.PASS);
			CheckResult over = check(rule, student().thesis(12000, 900, 1800, "30.1"));
			assertThat(over.status()).isEqualTo(CheckStatus.FAIL);
			assertThat(over.actual()).isEqualTo("30.1");
			assertThat(check(rule, student().thesis(12000, 900, 1800, null)).status().satisfied()).isFalse();
			assertThat(check(rule, student()).status().satisfied()).isFalse();
		}

		@Test
		void blindReviewNeedsTheMinimumAndNoDisagree() {
			BlindReviewRule rule = new BlindReviewRule(3, 0);
			assertThat(check(rule, student().reviews("AGREE", "AGREE_AFTER_REVISION", "AGREE")).status())
				.isEqualTo(CheckStatus.PASS);
			assertThat(check(rule, student().reviews("AGREE", "AGREE")).status()).isEqualTo(CheckStatus.PENDING);
			assertThat(check(rule, student().reviews("AGREE", "AGREE", "AGREE", "DISAGREE")).status())
				.isEqualTo(CheckStatus.FAIL);
			assertThat(check(rule, student()).status()).isEqualTo(CheckStatus.PENDING);
		}

		@Test
		void aProgramMayTolerateOneDisagreeButNotTwo() {
			BlindReviewRule rule = new BlindReviewRule(5, 1);
			assertThat(check(rule, student().reviews("AGREE", "AGREE", "AGREE", "AGREE", "DISAGREE")).status())
				.isEqualTo(CheckStatus.PASS);
			assertThat(check(rule, student().reviews("AGREE", "AGREE", "AGREE", "DISAGREE", "DISAGREE")).status())
				.isEqualTo(CheckStatus.FAIL);
		}

	}

	@Nested
	class Rotations {

		@Test
		void monthsAreCountedAsTheContractSays() {
			assertThat(RotationMonths.of(LocalDate.parse("2024-01-01"), LocalDate.parse("2024-03-31")))
				.isEqualByComparingTo("3.0");
			assertThat(RotationMonths.of(LocalDate.parse("2024-01-15"), LocalDate.parse("2024-02-14")))
				.isEqualByComparingTo("1.0");
			assertThat(RotationMonths.of(LocalDate.parse("2024-01-01"), LocalDate.parse("2024-01-20")))
				.isEqualByComparingTo("0.6");
			assertThat(RotationMonths.of(LocalDate.parse("2024-01-01"), LocalDate.parse("2024-01-01")))
				.isEqualByComparingTo("0.0");
		}

		@Test
		void onlyEndedAndPassedRotationsCount() {
			ClinicalMonthsRule rule = new ClinicalMonthsRule(false, new BigDecimal("6"));
			Snapshots base = student().rotation("心血管病", "2024-01-01", "2024-03-31", false, true, null)
				.rotation("血液病", "2024-04-01", "2024-06-30", false, false, true);
			CheckResult atMinimum = check(rule, base);
			assertThat(atMinimum.status()).isEqualTo(CheckStatus.PASS);
			assertThat(atMinimum.actual()).isEqualTo("6.0");
			CheckResult oneBelow = check(rule, student().rotation("心血管病", "2024-01-01", "2024-03-31", false, true, null)
				.rotation("血液病", "2024-04-01", "2024-06-29", false, true, null));
			assertThat(oneBelow.status()).isEqualTo(CheckStatus.PENDING);
			assertThat(oneBelow.actual()).isEqualTo("5.9");
			assertThat(check(rule, student().rotation("肾病", "2026-01-01", "2026-07-31", false, true, null)).actual())
				.isEqualTo("0.0");
			assertThat(check(rule, student().rotation("肾病", "2024-01-01", "2024-12-31", false, null, null)).actual())
				.isEqualTo("0.0");
			assertThat(check(rule, student().rotation("肾病", "2024-01-01", "2024-12-31", false, false, false)).actual())
				.isEqualTo("0.0");
		}

		@Test
		void monthsAreWrittenToOneDecimalAsTheExchangeFormatCountsThem() {
			ClinicalMonthsRule rule = new ClinicalMonthsRule(false, new BigDecimal("33"));
			assertThat(check(rule, student().rotation("心血管病", "2024-01-01", "2024-03-31", false, true, null)).actual())
				.isEqualTo("3.0");
			assertThat(check(rule, student().rotation("心血管病", "2024-01-15", "2024-02-14", false, true, null)).actual())
				.isEqualTo("1.0");
			CheckResult short_ = check(rule, student().rotation("心血管病", "2024-01-01", "2024-01-20", false, true, null));
			assertThat(short_.actual()).isEqualTo("0.6");
			assertThat(short_.required()).isEqualTo("33");
		}

		@Test
		void chiefResidentMonthsCountOnlyChiefResidentRotations() {
			ClinicalMonthsRule rule = new ClinicalMonthsRule(true, new BigDecimal("6"));
			assertThat(
					check(rule,
							student().rotation("心血管病", "2024-01-01", "2024-06-30", true, true, null)
								.rotation("血液病", "2024-07-01", "2024-12-31", false, true, null))
						.actual())
				.isEqualTo("6.0");
			assertThat(check(rule, student().rotation("心血管病", "2024-01-01", "2024-06-29", true, true, null)).status())
				.isEqualTo(CheckStatus.PENDING);
		}

		@Test
		void subspecialtiesAreDistinctAndOnlyForInternalMedicineAndSurgery() {
			SubspecialtiesRule rule = new SubspecialtiesRule(3, Set.of("105101", "105111"));
			Snapshots three = student().rotation("心血管病", "2024-01-01", "2024-02-29", false, true, null)
				.rotation("血液病", "2024-03-01", "2024-04-30", false, true, null)
				.rotation("血液病", "2024-05-01", "2024-05-31", false, true, null)
				.rotation("肾病", "2024-06-01", "2024-06-30", false, true, null);
			assertThat(check(rule, three).status()).isEqualTo(CheckStatus.PASS);
			Snapshots two = student().rotation("心血管病", "2024-01-01", "2024-02-29", false, true, null)
				.rotation("血液病", "2024-03-01", "2024-04-30", false, true, null)
				.rotation("肾病", "2024-06-01", "2024-06-30", false, false, null);
			assertThat(check(rule, two).status()).isEqualTo(CheckStatus.PENDING);
			assertThat(rule.appliesTo(student().discipline("105111").build())).isTrue();
			assertThat(rule.appliesTo(student().discipline("105102").build())).isFalse();
		}

		@Test
		void aFailedExamWithoutAPassedRetakeFails() {
			RotationExamsPassedRule rule = new RotationExamsPassedRule();
			assertThat(check(rule, student().rotation("肾病", "2024-01-01", "2024-03-31", false, false, null)).status())
				.isEqualTo(CheckStatus.FAIL);
			// the explanation names the department, not its code
			assertThat(
					check(rule, student().rotation("肾病", "2024-01-01", "2024-03-31", false, false, null)).messageArgs())
				.containsExactly("肾病科 2024-01-01");
			assertThat(check(rule, student().rotation("肾病", "2024-01-01", "2024-03-31", false, false, false)).status())
				.isEqualTo(CheckStatus.FAIL);
			assertThat(check(rule, student().rotation("肾病", "2024-01-01", "2024-03-31", false, false, true)).status())
				.isEqualTo(CheckStatus.PASS);
			assertThat(check(rule, student().rotation("肾病", "2026-06-01", "2026-07-31", false, false, null)).status())
				.isEqualTo(CheckStatus.PASS);
			assertThat(check(rule, student()).status()).isEqualTo(CheckStatus.PASS);
		}

	}

	@Nested
	class Certificates {

		MedicalLicenseRule license = new MedicalLicenseRule(3, 1, 31);

		@Test
		void aLicenseOnTheDeadlinePassesAndADayLaterFails() {
			assertThat(
					check(this.license, student().cohort(2023).certificate("MEDICAL_LICENSE", "2026-01-31")).status())
				.isEqualTo(CheckStatus.PASS);
			assertThat(
					check(this.license, student().cohort(2023).certificate("MEDICAL_LICENSE", "2026-02-01")).status())
				.isEqualTo(CheckStatus.FAIL);
		}

		@Test
		void noLicenseIsPendingUntilTheDeadlineAndFailsAfter() {
			CheckResult before = check(this.license, student().cohort(2024));
			assertThat(before.status()).isEqualTo(CheckStatus.PENDING);
			assertThat(before.required()).contains("2027-01-31");
			assertThat(this.license.check(student().cohort(2023).build(), LocalDate.parse("2026-01-31")).status())
				.isEqualTo(CheckStatus.PENDING);
			assertThat(this.license.check(student().cohort(2023).build(), LocalDate.parse("2026-02-01")).status())
				.isEqualTo(CheckStatus.FAIL);
		}

		@Test
		void aLicenseObtainedAfterTheAsOfDateDoesNotCount() {
			assertThat(this.license
				.check(student().cohort(2023).certificate("MEDICAL_LICENSE", "2025-12-01").build(),
						LocalDate.parse("2025-11-30"))
				.status()).isEqualTo(CheckStatus.PENDING);
		}

		@Test
		void residencyCertificateIsRecordedOrPending() {
			ResidencyCertificateRule rule = new ResidencyCertificateRule();
			assertThat(check(rule, student().certificate("RESIDENCY_COMPLETION", "2026-06-30")).status())
				.isEqualTo(CheckStatus.PASS);
			assertThat(check(rule, student().certificate("RESIDENCY_COMPLETION", "2026-07-01")).status())
				.isEqualTo(CheckStatus.PENDING);
			assertThat(check(rule, student().certificate("MEDICAL_LICENSE", "2025-01-01")).status())
				.isEqualTo(CheckStatus.PENDING);
		}

	}

	@Nested
	class Publications {

		PublicationRule rule = new PublicationRule(1);

		@Test
		void sciOfAnyTypeOrCoreResearchAsFirstAuthorLinkedToTheThesis() {
			assertThat(check(this.rule, student().publication("SCI", 1, true, "CASE_REPORT", "2025-01-01")).status())
				.isEqualTo(CheckStatus.PASS);
			assertThat(check(this.rule, student().publication("CORE", 1, true, "RESEARCH", null)).status())
				.isEqualTo(CheckStatus.PASS);
			assertThat(check(this.rule, student().publication("CORE", 1, true, "REVIEW", "2025-01-01")).status())
				.isEqualTo(CheckStatus.PENDING);
			assertThat(check(this.rule, student().publication("SCI", 2, true, "RESEARCH", "2025-01-01")).status())
				.isEqualTo(CheckStatus.PENDING);
			assertThat(check(this.rule, student().publication("SCI", 1, false, "RESEARCH", "2025-01-01")).status())
				.isEqualTo(CheckStatus.PENDING);
			assertThat(check(this.rule, student().publication("OTHER", 1, true, "RESEARCH", "2025-01-01")).status())
				.isEqualTo(CheckStatus.PENDING);
			assertThat(check(this.rule, student().publication("SCI", 1, true, "RESEARCH", "2026-07-01")).status())
				.isEqualTo(CheckStatus.PENDING);
			assertThat(check(this.rule, student()).actual()).isEqualTo("0");
		}

	}

	@Nested
	class Audit {

		RuleSet ruleSet = new RuleSet("P", "v1", PASS_MARK,
				java.util.List.of(RuleSpec.of("CREDITS_TOTAL", "min", "2"), RuleSpec.of("MILESTONE_DEFENSE"),
						RuleSpec.of("SUBSPECIALTIES_ROTATED", "min", "3", "disciplines", "105101,105111")));

		@Test
		void eligibilityFollowsTheGates() {
			AuditOutcome outcome = RuleSetEvaluation.run(this.ruleSet,
					student().discipline("105102").course("A", CourseCategory.ELECTIVE, "2", 1, "80").build(), AS_OF,
					Set.of());
			assertThat(outcome.checks()).extracting(CheckResult::rule)
				.containsExactly("CREDITS_TOTAL", "MILESTONE_DEFENSE");
			assertThat(outcome.eligibleToDefend()).isTrue();
			assertThat(outcome.eligibleForDegree()).isFalse();
		}

		@Test
		void aWaivedCheckIsWaivedAndNoLongerBlocks() {
			AuditOutcome outcome = RuleSetEvaluation.run(this.ruleSet, student().discipline("105102").build(), AS_OF,
					Set.of("CREDITS_TOTAL", "MILESTONE_DEFENSE"));
			assertThat(outcome.checks()).extracting(CheckResult::status).containsOnly(CheckStatus.WAIVED);
			assertThat(outcome.eligibleForDegree()).isTrue();
		}

		@Test
		void anUnknownRuleOrAMissingParameterIsRefused() {
			org.assertj.core.api.Assertions
				.assertThatThrownBy(
						() -> new RuleSet("P", "v", PASS_MARK, java.util.List.of(RuleSpec.of("NOPE"))).requirements())
				.isInstanceOf(InvalidRuleSetException.class);
			org.assertj.core.api.Assertions
				.assertThatThrownBy(
						() -> new RuleSet("P", "v", PASS_MARK, java.util.List.of(RuleSpec.of("CREDITS_TOTAL")))
							.requirements())
				.isInstanceOf(InvalidRuleSetException.class);
			org.assertj.core.api.Assertions
				.assertThatThrownBy(() -> new RuleSet("P", "v", PASS_MARK,
						java.util.List.of(RuleSpec.of("MEDICAL_LICENSE", "deadline", "+3-02-30")))
					.requirements())
				.isInstanceOf(InvalidRuleSetException.class);
		}

	}

}
