package com.clinigrad.selection;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import com.clinigrad.selection.QuotaAllocation.Candidate;
import com.clinigrad.selection.QuotaAllocation.Total;
import com.clinigrad.selection.SelectionScheme.WeightedCriterion;
import com.clinigrad.selection.SupervisorRecord.Grant;
import com.clinigrad.selection.SupervisorRecord.Graduation;
import com.clinigrad.selection.SupervisorRecord.Lapse;
import com.clinigrad.selection.SupervisorRecord.Publication;
import com.clinigrad.selection.SupervisorRecord.Review;
import com.clinigrad.selection.SupervisorRecord.Satisfaction;
import com.clinigrad.shared.BusinessRuleException;
import com.clinigrad.theses.ReviewVerdict;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The scoring rules, suspensions, exemption and allocation of the enrollment selection at
 * their edges, with the shipped scheme's values.
 */
class SelectionRulesTests {

	static final LocalDate AS_OF = LocalDate.of(2026, 6, 1);

	static SelectionScheme scheme(String params) {
		return new SelectionScheme(1, "PUMC", 2024, SelectionScheme.parse(params),
				List.of(criterion(Criterion.FUNDING, "25", "full=500000"),
						criterion(Criterion.PUBLICATIONS, "25", "full=5;years=5"),
						criterion(Criterion.BLIND_REVIEW, "20", "years=3;agree=100;revise=70;disagree=0;none=0.5"),
						criterion(Criterion.ON_TIME_GRADUATION, "10", "years=3"),
						criterion(Criterion.SATISFACTION, "10", "lag=1"),
						criterion(Criterion.PROCESS_LAPSES, "10", "deduct=0.25")),
				Map.of(DegreeLevel.MASTER, 3, DegreeLevel.DOCTORAL, 2), 0);
	}

	static SelectionScheme shipped() {
		return scheme("exemptionYears=2;minScore=30;satisfactionMin=60;suspendNoFunding=true;suspendFailedReview=true");
	}

	static WeightedCriterion criterion(Criterion criterion, String weight, String params) {
		return new WeightedCriterion(criterion, new BigDecimal(weight), SelectionScheme.parse(params));
	}

	static SupervisorRecord record(List<Grant> grants, List<Publication> publications, List<Review> reviews,
			List<Graduation> graduations, Satisfaction satisfaction, List<Lapse> lapses, LocalDate firstGranted) {
		return new SupervisorRecord(7, firstGranted, grants, publications, reviews, graduations, satisfaction, true,
				lapses);
	}

	static SupervisorRecord empty() {
		return record(List.of(), List.of(), List.of(), List.of(), null, List.of(), null);
	}

	static CriterionScore of(ScoreCard card, Criterion criterion) {
		return card.criteria().stream().filter((c) -> c.criterion() == criterion).findFirst().orElseThrow();
	}

	@Test
	void fundingCountsOnlyGrantsRunningOnTheDayAndFillsAtTheFullAmount() {
		Grant endsThatDay = new Grant("面上项目", new BigDecimal("500000"), AS_OF.minusYears(3), AS_OF);
		Grant endedTheDayBefore = new Grant("青年项目", new BigDecimal("900000"), AS_OF.minusYears(3), AS_OF.minusDays(1));
		Grant startsNextDay = new Grant("重点项目", new BigDecimal("900000"), AS_OF.plusDays(1), AS_OF.plusYears(3));
		ScoreCard card = shipped().score(record(List.of(endsThatDay, endedTheDayBefore, startsNextDay), List.of(),
				List.of(), List.of(), null, List.of(), null), AS_OF, 2026);
		CriterionScore funding = of(card, Criterion.FUNDING);
		assertThat(funding.points()).isEqualByComparingTo("25");
		assertThat(funding.evidence()).hasSize(1);
		assertThat(funding.evidence().get(0).args()).contains("面上项目", "500,000");

		ScoreCard half = shipped().score(record(List.of(new Grant("g", new BigDecimal("249999"), AS_OF, AS_OF)),
				List.of(), List.of(), List.of(), null, List.of(), null), AS_OF, 2026);
		assertThat(of(half, Criterion.FUNDING).points()).isEqualByComparingTo("12.50");
		assertThat(half.suspensions()).isEmpty();
	}

	@Test
	void noGrantRunningSuspendsUnlessWithinTheTwoYearExemption() {
		ScoreCard card = shipped().score(empty(), AS_OF, 2026);
		assertThat(card.suspensions()).extracting(ScoreCard.DerivedSuspension::reason)
			.containsExactly(SuspensionReason.NO_FUNDING);

		SupervisorRecord grantedTwoYearsLessADay = record(List.of(), List.of(), List.of(), List.of(), null, List.of(),
				AS_OF.minusYears(2).plusDays(1));
		ScoreCard exempt = shipped().score(grantedTwoYearsLessADay, AS_OF, 2026);
		assertThat(exempt.suspensions()).isEmpty();
		assertThat(exempt.exemptUntil()).isEqualTo(AS_OF.plusDays(1));

		SupervisorRecord grantedTwoYearsAgo = record(List.of(), List.of(), List.of(), List.of(), null, List.of(),
				AS_OF.minusYears(2));
		assertThat(shipped().score(grantedTwoYearsAgo, AS_OF, 2026).suspensions()).isNotEmpty();
		assertThat(SelectionScheme.exempt(AS_OF, AS_OF)).isFalse();
		assertThat(SelectionScheme.exempt(null, AS_OF)).isFalse();
	}

	@Test
	void publicationsCountWithinTheYearsAndCapAtTheFullCount() {
		List<Publication> publications = List.of(publication(AS_OF), publication(AS_OF.minusYears(5).plusDays(1)),
				publication(AS_OF.minusYears(5)), publication(null), publication(AS_OF.plusDays(1)));
		ScoreCard card = shipped().score(record(List.of(), publications, List.of(), List.of(), null, List.of(), null),
				AS_OF, 2026);
		assertThat(of(card, Criterion.PUBLICATIONS).points()).isEqualByComparingTo("10.00");
		assertThat(of(card, Criterion.PUBLICATIONS).evidence()).hasSize(2);
		List<Publication> six = java.util.Collections.nCopies(6, publication(AS_OF));
		assertThat(of(shipped().score(record(List.of(), six, List.of(), List.of(), null, List.of(), null), AS_OF, 2026),
				Criterion.PUBLICATIONS)
			.points()).isEqualByComparingTo("25");
	}

	@Test
	void blindReviewsAverageTheVerdictPointsAndADisagreeSuspends() {
		List<Review> reviews = List.of(review(ReviewVerdict.AGREE, AS_OF),
				review(ReviewVerdict.AGREE_AFTER_REVISION, AS_OF.minusYears(3).plusDays(1)),
				review(ReviewVerdict.DISAGREE, AS_OF.minusYears(3)));
		ScoreCard card = shipped().score(record(List.of(grant()), List.of(), reviews, List.of(), null, List.of(), null),
				AS_OF, 2026);
		// (100 + 70) / 2 = 85 → 17 of 20; the disagree on the window's first day is
		// outside it
		assertThat(of(card, Criterion.BLIND_REVIEW).points()).isEqualByComparingTo("17.00");
		assertThat(card.suspensions()).isEmpty();

		List<Review> failed = List.of(review(ReviewVerdict.DISAGREE, AS_OF.minusYears(3).plusDays(1)));
		ScoreCard suspended = shipped()
			.score(record(List.of(grant()), List.of(), failed, List.of(), null, List.of(), null), AS_OF, 2026);
		assertThat(of(suspended, Criterion.BLIND_REVIEW).points()).isEqualByComparingTo("0");
		assertThat(suspended.suspensions()).extracting(ScoreCard.DerivedSuspension::reason)
			.containsExactly(SuspensionReason.FAILED_BLIND_REVIEW);
		// the student and the round, not the review's code: the supervisor reads it
		assertThat(suspended.suspensions().get(0).evidence().get(0).args()).contains("D1", "1").doesNotContain("R-1");

		ScoreCard none = shipped()
			.score(record(List.of(grant()), List.of(), List.of(), List.of(), null, List.of(), null), AS_OF, 2026);
		assertThat(of(none, Criterion.BLIND_REVIEW).points()).isEqualByComparingTo("10.00");
		assertThat(of(none, Criterion.BLIND_REVIEW).hasData()).isFalse();
	}

	@Test
	void onTimeGraduationIsTheShareOfStudentsDueWhoGraduatedByTheirDueDay() {
		LocalDate due = AS_OF.minusMonths(11);
		List<Graduation> graduations = List.of(new Graduation("M1", due, due),
				new Graduation("M2", due, due.plusDays(1)), new Graduation("M3", due, null),
				new Graduation("M4", AS_OF.plusDays(30), null));
		ScoreCard card = shipped()
			.score(record(List.of(grant()), List.of(), List.of(), graduations, null, List.of(), null), AS_OF, 2026);
		assertThat(of(card, Criterion.ON_TIME_GRADUATION).points()).isEqualByComparingTo("3.33");
		assertThat(of(card, Criterion.ON_TIME_GRADUATION).evidence()).extracting(Line::key)
			.containsExactly("selection.evidence.onTime", "selection.evidence.late", "selection.evidence.notGraduated");
	}

	@Test
	void satisfactionBelowTheThresholdSuspendsAtItNot() {
		ScoreCard at = shipped().score(record(List.of(grant()), List.of(), List.of(), List.of(),
				new Satisfaction(new BigDecimal("60"), 12, "2025 导师满意度调查"), List.of(), null), AS_OF, 2026);
		assertThat(at.suspensions()).isEmpty();
		assertThat(of(at, Criterion.SATISFACTION).points()).isEqualByComparingTo("6.00");
		ScoreCard below = shipped().score(record(List.of(grant()), List.of(), List.of(), List.of(),
				new Satisfaction(new BigDecimal("59.9"), 12, "2025 导师满意度调查"), List.of(), null), AS_OF, 2026);
		assertThat(below.suspensions()).extracting(ScoreCard.DerivedSuspension::reason)
			.containsExactly(SuspensionReason.LOW_SATISFACTION);
		SupervisorRecord noSurvey = new SupervisorRecord(7, null, List.of(grant()), List.of(), List.of(), List.of(),
				null, false, List.of());
		CriterionScore none = of(shipped().score(noSurvey, AS_OF, 2026), Criterion.SATISFACTION);
		assertThat(none.hasData()).isFalse();
		assertThat(none.summary().key()).isEqualTo("selection.measure.SATISFACTION.noSurvey");
		assertThat(shipped().surveyYear(2026)).isEqualTo(2025);
	}

	@Test
	void eachOverdueCheckTakesItsShareAndTheShareStopsAtZero() {
		List<Lapse> three = List.of(lapse(), lapse(), lapse());
		assertThat(of(shipped().score(record(List.of(grant()), List.of(), List.of(), List.of(), null, three, null),
				AS_OF, 2026), Criterion.PROCESS_LAPSES)
			.points()).isEqualByComparingTo("2.50");
		List<Lapse> five = List.of(lapse(), lapse(), lapse(), lapse(), lapse());
		assertThat(of(shipped().score(record(List.of(grant()), List.of(), List.of(), List.of(), null, five, null),
				AS_OF, 2026), Criterion.PROCESS_LAPSES)
			.points()).isEqualByComparingTo("0");
		assertThat(of(shipped().score(empty(), AS_OF, 2026), Criterion.PROCESS_LAPSES).points())
			.isEqualByComparingTo("10");
	}

	@Test
	void aParameterThatIsNotANumberIsRefusedByName() {
		SelectionScheme bad = new SelectionScheme(1, "PUMC", 2024, Map.of(),
				List.of(criterion(Criterion.FUNDING, "25", "full=lots")), Map.of(), 0);
		assertThatThrownBy(bad::validate).isInstanceOf(BusinessRuleException.class)
			.extracting((e) -> ((BusinessRuleException) e).getMessageKey())
			.isEqualTo("selection.error.parameter");
		SelectionScheme heavy = new SelectionScheme(1, "PUMC", 2024, Map.of(),
				List.of(criterion(Criterion.FUNDING, "100.01", "")), Map.of(), 0);
		assertThatThrownBy(heavy::validate).isInstanceOf(BusinessRuleException.class);
	}

	@Test
	void placesGoDownTheRankingOnePerPassWithinTheCaps() {
		List<Candidate> ranked = List.of(candidate(1, 1, "90", DegreeLevel.DOCTORAL, false, false),
				candidate(2, 2, "80", DegreeLevel.MASTER, false, false),
				candidate(3, 3, "70", DegreeLevel.DOCTORAL, true, false),
				candidate(4, 4, "20", DegreeLevel.DOCTORAL, false, false),
				candidate(5, 5, "10", DegreeLevel.MASTER, false, true), candidate(6, 6, "95", null, false, false));
		QuotaAllocation.Result result = QuotaAllocation.allocate(ranked,
				List.of(new Total("105101", "PUMC-PRO-MASTER", DegreeLevel.MASTER, 6),
						new Total("105101", "TMU-PRO-DOCTOR", DegreeLevel.DOCTORAL, 1)),
				Map.of(DegreeLevel.MASTER, 3, DegreeLevel.DOCTORAL, 2), new BigDecimal("30"));
		// the doctoral place goes first, to the best doctoral supervisor
		assertThat(result.places().get(1L)).containsEntry("TMU-PRO-DOCTOR", 1).containsEntry("PUMC-PRO-MASTER", 2);
		// master's places: 1, 2, 5 (exempt below the minimum) in the first pass, then 1,
		// 2, 5 again
		assertThat(result.places().get(2L)).containsEntry("PUMC-PRO-MASTER", 2);
		assertThat(result.places().get(5L)).containsEntry("PUMC-PRO-MASTER", 2);
		assertThat(result.places()).doesNotContainKeys(3L, 4L, 6L);
		assertThat(result.unfilled()).isEmpty();

		QuotaAllocation.Result capped = QuotaAllocation.allocate(List.of(ranked.get(0)),
				List.of(new Total("105101", "PUMC-PRO-MASTER", DegreeLevel.MASTER, 5)), Map.of(DegreeLevel.MASTER, 3),
				BigDecimal.ZERO);
		assertThat(capped.places().get(1L)).containsEntry("PUMC-PRO-MASTER", 3);
		assertThat(capped.unfilled()).hasSize(1);
		assertThat(capped.left().values()).containsExactly(2);
	}

	@Test
	void anAppealMovesOnceFromSubmittedToADecision() {
		assertThat(AppealState.SUBMITTED.canMoveTo(AppealState.LIFTED)).isTrue();
		assertThat(AppealState.SUBMITTED.canMoveTo(AppealState.UPHELD)).isTrue();
		assertThat(AppealState.LIFTED.allowedNext()).isEmpty();
		assertThat(AppealState.UPHELD.canMoveTo(AppealState.LIFTED)).isFalse();
		assertThat(RoundState.DRAFT.canMoveTo(RoundState.PUBLISHED)).isTrue();
		assertThat(RoundState.PUBLISHED.canMoveTo(RoundState.DRAFT)).isFalse();
		SelectionAppeal appeal = new SelectionAppeal(1, 2, "经费已到账", "s1");
		assertThatThrownBy(() -> appeal.decide(true, " ", "grad")).isInstanceOf(BusinessRuleException.class);
		appeal.decide(true, "经核实，经费已于 5 月到账", "grad");
		assertThat(appeal.getState()).isEqualTo(AppealState.LIFTED);
		assertThatThrownBy(() -> appeal.decide(false, "again", "grad")).isInstanceOf(BusinessRuleException.class);
		assertThatThrownBy(() -> new SelectionAppeal(1, 2, "", "s1")).isInstanceOf(BusinessRuleException.class);
		assertThat(SuspensionReason.ETHICS_VETO.veto()).isTrue();
		assertThat(SuspensionReason.ETHICS_VETO.performance()).isFalse();
	}

	@Test
	void explanationLinesSurviveStorage() {
		Line line = Line.of("selection.evidence.grant", "a|b\nc", 5, null);
		assertThat(Line.decode(line.encode())).isEqualTo(Line.of("selection.evidence.grant", "a/b c", 5, ""));
		assertThat(Line.decodeAll(Line.encode(List.of(line, line)))).hasSize(2);
		assertThat(Line.decodeAll("")).isEmpty();
	}

	private static Candidate candidate(long id, int rank, String score, DegreeLevel level, boolean suspended,
			boolean exempt) {
		return new Candidate(id, rank, "105101", level, suspended, exempt, new BigDecimal(score));
	}

	private static Grant grant() {
		return new Grant("面上项目", new BigDecimal("100000"), AS_OF.minusYears(1), AS_OF.plusYears(1));
	}

	private static Publication publication(LocalDate on) {
		return new Publication("论文" + on, "中华内科杂志", "CORE", on, "M1");
	}

	private static Review review(ReviewVerdict verdict, LocalDate on) {
		return new Review("D1", 1, verdict, on);
	}

	private static Lapse lapse() {
		return new Lapse("M1", "MILESTONE_PROPOSAL", AS_OF.minusDays(30));
	}

}
