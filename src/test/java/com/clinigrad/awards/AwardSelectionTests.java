package com.clinigrad.awards;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.clinigrad.shared.BusinessRuleException;
import com.clinigrad.students.DegreeType;
import com.clinigrad.students.StudentStatus;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The selection at its edges: the quota rounded as the scheme says, a tie at the quota's
 * edge decided by the scheme's rule, a delayed and a vetoed student never taken, one
 * ranked award per student; and the round's workflow: moves out of order refused, an
 * objection after the publicity refused, no final list while an objection waits.
 */
class AwardSelectionTests {

	static final LocalDate END = LocalDate.of(2026, 11, 10);

	@Test
	void theQuotaIsTheRatioOfTheEligiblePopulationRoundedAsTheSchemeSays() {
		AwardTypeView twoPercent = type(1, "0.02", null);
		// 2 % of 25 = 0.5
		assertThat(AwardSelection.quota(QuotaRounding.HALF_UP, twoPercent, 25)).isEqualTo(1);
		assertThat(AwardSelection.quota(QuotaRounding.FLOOR, twoPercent, 25)).isZero();
		assertThat(AwardSelection.quota(QuotaRounding.CEILING, twoPercent, 25)).isEqualTo(1);
		// 2 % of 24 = 0.48
		assertThat(AwardSelection.quota(QuotaRounding.HALF_UP, twoPercent, 24)).isZero();
		assertThat(AwardSelection.quota(QuotaRounding.CEILING, twoPercent, 24)).isEqualTo(1);
		// a count is a count
		assertThat(AwardSelection.quota(QuotaRounding.FLOOR, type(1, null, 3), 24)).isEqualTo(3);
	}

	@Test
	void winnersAreTakenByRankTheExcludedNeverAndEachWinsOnce() {
		// ten students: 20 % → 2 first class, 30 % → 3 second class
		List<StudentEvaluation> all = new ArrayList<>();
		for (int i = 0; i < 8; i++) {
			all.add(ComprehensiveEvaluationTests.evaluation("S" + i, String.valueOf(90 - i), "0"));
		}
		// the best totals, but delayed and vetoed
		all.add(excluded("X1", "99", Exclusion.Reason.DELAYED));
		all.add(excluded("X2", "98", Exclusion.Reason.ETHICS_VETO));
		List<StudentEvaluation> ranked = ComprehensiveEvaluation.rank(all, EvaluationComponent.RESEARCH);
		SchemeView scheme = scheme(QuotaRounding.HALF_UP, type(1, "0.20", null), type(2, "0.30", null));

		AwardSelection.Result result = AwardSelection.select(scheme, ranked);

		Map<String, Long> won = won(result);
		assertThat(won).containsEntry("S0", 1L).containsEntry("S1", 1L);
		assertThat(won).containsEntry("S2", 2L).containsEntry("S3", 2L).containsEntry("S4", 2L);
		assertThat(won).hasSize(5).doesNotContainKeys("X1", "X2", "S5");
		// the excluded count in the eligible population and keep their reason
		assertThat(result.quotas()).extracting(AwardSelection.Quota::population).containsOnly(10);
		assertThat(result.quotas()).extracting(AwardSelection.Quota::quota).containsExactly(2, 3);
		assertThat(result.lines()
			.stream()
			.filter((l) -> l.evaluation().student().studentNo().equals("X1"))
			.findFirst()
			.orElseThrow()
			.evaluation()
			.exclusion()
			.reason()).isEqualTo(Exclusion.Reason.DELAYED);
	}

	@Test
	void aTieAtTheQuotasEdgeIsDecidedByTheSchemesRule() {
		// four students, 25 % → one: B and C share the best total; C has more research
		List<StudentEvaluation> ranked = ComprehensiveEvaluation
			.rank(List.of(ComprehensiveEvaluationTests.evaluation("B", "80", "40"),
					ComprehensiveEvaluationTests.evaluation("C", "80", "60"),
					ComprehensiveEvaluationTests.evaluation("D", "70", "90"),
					ComprehensiveEvaluationTests.evaluation("E", "60", "0")), EvaluationComponent.RESEARCH);

		AwardSelection.Result result = AwardSelection.select(scheme(QuotaRounding.HALF_UP, type(1, "0.25", null)),
				ranked);

		assertThat(won(result)).containsOnlyKeys("C");
		assertThat(result.winners().get(0).evaluation().tieBroken()).isTrue();
	}

	@Test
	void aRoundMovesOnlyInItsOrder() {
		AwardRound round = new AwardRound(1, 1, RoundState.DRAFT, null, null, 0);
		assertThatThrownBy(() -> round.moveTo(RoundState.SCHOOL_APPROVED)).isInstanceOf(BusinessRuleException.class)
			.hasFieldOrPropertyWithValue("messageKey", "award.error.roundState");
		assertThatThrownBy(() -> round.publish(END.minusDays(5), END, END.minusDays(5)))
			.isInstanceOf(BusinessRuleException.class);
		round.moveTo(RoundState.HOSPITAL_REVIEWED);
		assertThatThrownBy(round::checkDraft).isInstanceOf(BusinessRuleException.class)
			.hasFieldOrPropertyWithValue("messageKey", "award.error.roundNotDraft");
		round.moveTo(RoundState.SCHOOL_APPROVED);
		assertThatThrownBy(() -> round.publish(END, END.minusDays(1), END.minusDays(5)))
			.isInstanceOf(BusinessRuleException.class)
			.hasFieldOrPropertyWithValue("messageKey", "award.error.publicityDates");
		round.publish(END.minusDays(5), END, END.minusDays(5));
		assertThat(round.state()).isEqualTo(RoundState.PUBLICITY);
	}

	@Test
	void anObjectionAfterThePublicityIsRefusedAndNoFinalListWhileOneWaits() {
		AwardRound round = new AwardRound(1, 1, RoundState.PUBLICITY, END.minusDays(5), END, 0);
		round.checkObjectionDay(END);
		assertThatThrownBy(() -> round.checkObjectionDay(END.plusDays(1))).isInstanceOf(BusinessRuleException.class)
			.hasFieldOrPropertyWithValue("messageKey", "award.error.publicityOver");
		assertThatThrownBy(() -> round.checkObjectionDay(END.minusDays(6))).isInstanceOf(BusinessRuleException.class)
			.hasFieldOrPropertyWithValue("messageKey", "award.error.publicityNotStarted");
		assertThatThrownBy(() -> round.finalise(1)).isInstanceOf(BusinessRuleException.class)
			.hasFieldOrPropertyWithValue("messageKey", "award.error.objectionsWaiting");
		round.finalise(0);
		assertThat(round.state()).isEqualTo(RoundState.FINAL);
		assertThatThrownBy(() -> round.checkObjectionDay(END)).isInstanceOf(BusinessRuleException.class)
			.hasFieldOrPropertyWithValue("messageKey", "award.error.notInPublicity");
	}

	static Map<String, Long> won(AwardSelection.Result result) {
		Map<String, Long> won = new java.util.TreeMap<>();
		result.winners().forEach((l) -> won.put(l.evaluation().student().studentNo(), l.award().id()));
		return won;
	}

	static StudentEvaluation excluded(String studentNo, String total, Exclusion.Reason reason) {
		return new StudentEvaluation(ComprehensiveEvaluationTests.student(studentNo, StudentStatus.ENROLLED),
				new BigDecimal(total), List.of(), new Exclusion(reason, END.minusMonths(1)), 0, false);
	}

	static AwardTypeView type(long id, String ratio, Integer count) {
		return new AwardTypeView(id, 1, (int) id, AwardKind.ACADEMIC_SCHOLARSHIP, (int) id, "学业奖学金" + id,
				"Academic scholarship " + id, new BigDecimal("8000"), false, null, AmountUnit.ONE_OFF, null,
				List.of(DegreeType.PRO_MASTER), null, false, Allocation.RANKED,
				(ratio != null) ? new BigDecimal(ratio) : null, count, 0);
	}

	static SchemeView scheme(QuotaRounding rounding, AwardTypeView... types) {
		return new SchemeView(1, "PUMC", 2026, "方案", "Scheme", List.of("PUMC-PRO-MASTER"), rounding,
				EvaluationComponent.RESEARCH, 12, null, List.of(types), Map.of(), 0, null, null);
	}

}
