package com.clinigrad.theses;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;

import com.clinigrad.shared.BusinessRuleException;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The degree decision after the defense: every pair of status and step, the allowed ones
 * against the table below (written out here, not read from {@link DegreeDecisionStatus}),
 * every other one refused with its message and without a change; the committee's vote
 * that makes the decision, the correction of a mistyped vote, and that of a mistyped
 * award date or certificate number.
 */
class DegreeDecisionTests {

	static final LocalDate DEFENDED = LocalDate.of(2026, 5, 20);

	static final LocalDate MEETING = LocalDate.of(2026, 6, 10);

	static final LocalDate TODAY = LocalDate.of(2026, 6, 30);

	/**
	 * What may happen to a decision, through the aggregate's own methods.
	 */
	enum Step {

		AWARD((decision) -> decision.award(LocalDate.of(2026, 6, 28), "1033520261000001", TODAY, "学位办")),

		CORRECT_TO_AWARD((decision) -> decision.correct(new Tally(6, 0, 1), "会议记录为同意 6 票，录入有误", "学位办")),

		CORRECT_TO_NOT_AWARD((decision) -> decision.correct(new Tally(2, 4, 1), "会议记录为同意 2 票，录入有误", "学位办")),

		CORRECT_AWARD((decision) -> decision.correctAward(LocalDate.of(2026, 6, 29), "1033520261000010", "证书编号末两位录入颠倒",
				TODAY, "学位办"));

		private final Consumer<DegreeDecision> action;

		Step(Consumer<DegreeDecision> action) {
			this.action = action;
		}

	}

	static final Map<DegreeDecisionStatus, Map<Step, DegreeDecisionStatus>> ALLOWED = new EnumMap<>(
			DegreeDecisionStatus.class);

	static {
		ALLOWED.put(DegreeDecisionStatus.AWARD_DECIDED,
				Map.of(Step.AWARD, DegreeDecisionStatus.AWARDED, Step.CORRECT_TO_AWARD,
						DegreeDecisionStatus.AWARD_DECIDED, Step.CORRECT_TO_NOT_AWARD,
						DegreeDecisionStatus.NOT_AWARDED));
		ALLOWED.put(DegreeDecisionStatus.NOT_AWARDED, Map.of(Step.CORRECT_TO_AWARD, DegreeDecisionStatus.AWARD_DECIDED,
				Step.CORRECT_TO_NOT_AWARD, DegreeDecisionStatus.NOT_AWARDED));
		ALLOWED.put(DegreeDecisionStatus.AWARDED, Map.of(Step.CORRECT_AWARD, DegreeDecisionStatus.AWARDED));
	}

	@TestFactory
	Stream<DynamicTest> everyAllowedStepLeadsToItsStatusAndEveryOtherIsRefused() {
		List<DynamicTest> tests = new ArrayList<>();
		for (DegreeDecisionStatus status : DegreeDecisionStatus.values()) {
			for (Step step : Step.values()) {
				DegreeDecisionStatus expected = ALLOWED.get(status).get(step);
				tests.add(DynamicTest
					.dynamicTest(status + " × " + step + " → " + ((expected != null) ? expected : "refused"), () -> {
						DegreeDecision decision = decisionIn(status);
						Tally before = decision.tally();
						if (expected != null) {
							step.action.accept(decision);
							assertThat(decision.status()).isEqualTo(expected);
						}
						else {
							assertThatThrownBy(() -> step.action.accept(decision)).isInstanceOfSatisfying(
									BusinessRuleException.class,
									(ex) -> assertThat(ex.getMessageKey()).isEqualTo(refusal(status, step)));
							assertThat(decision.status()).isEqualTo(status);
							assertThat(decision.tally()).isEqualTo(before);
							assertThat(decision.corrections()).isEmpty();
							assertThat(decision.awardCorrections()).isEmpty();
						}
					}));
			}
		}
		assertThat(tests).hasSize(DegreeDecisionStatus.values().length * Step.values().length);
		return tests.stream();
	}

	@Test
	void theTableCoversEveryStatus() {
		assertThat(ALLOWED).containsOnlyKeys(DegreeDecisionStatus.values());
	}

	@Test
	void moreThanHalfOfAllMembersAwardWithTwoThirdsPresent() {
		assertThat(decide(vote(7, 5, 4, 1, 0)).decision()).isEqualTo(CommitteeDecision.AWARD);
		assertThat(decide(vote(8, 6, 4, 2, 0)).decision()).isEqualTo(CommitteeDecision.NOT_AWARD);
		// of all members, not of those present: 10 of 21 does not award, 11 does
		assertThat(decide(vote(21, 14, 10, 2, 2)).decision()).isEqualTo(CommitteeDecision.NOT_AWARD);
		assertThat(decide(vote(21, 14, 11, 2, 1)).decision()).isEqualTo(CommitteeDecision.AWARD);
		assertThat(refused(vote(7, 4, 4, 0, 0))).isEqualTo("degree.error.quorum");
		assertThat(refused(vote(21, 13, 13, 0, 0))).isEqualTo("degree.error.quorum");
		assertThat(refused(vote(7, 7, 6, 2, 0))).isEqualTo("degree.error.moreVotesThanPresent");
		assertThat(refused(vote(7, 8, 6, 0, 0))).isEqualTo("degree.error.presentMoreThanMembers");
		assertThat(refused(vote(2, 2, 2, 0, 0))).isEqualTo("degree.error.votes");
		assertThat(Tally.quorum(21)).isEqualTo(14);
		assertThat(Tally.quorum(7)).isEqualTo(5);
		assertThat(Tally.awardingVotes(21)).isEqualTo(11);
		assertThat(Tally.awardingVotes(8)).isEqualTo(5);
	}

	@Test
	void theMeetingFollowsThePassedDefenseAndIsNotInTheFuture() {
		assertThat(refused(new DegreeDecision.Vote(null, TODAY.plusDays(1), 7, 7, new Tally(5, 0, 0), "决议")))
			.isEqualTo("degree.error.meetingDate");
		assertThat(refused(new DegreeDecision.Vote(null, DEFENDED.minusDays(1), 7, 7, new Tally(5, 0, 0), "决议")))
			.isEqualTo("degree.error.meetingBeforeDefense");
		assertThat(refused(new DegreeDecision.Vote(null, MEETING, 7, 7, new Tally(5, 0, 0), " ")))
			.isEqualTo("degree.error.resolution");
		assertThatThrownBy(() -> DegreeDecision.decide(42, vote(7, 7, 5, 0, 0), null, TODAY, "秘书"))
			.isInstanceOfSatisfying(BusinessRuleException.class,
					(ex) -> assertThat(ex.getMessageKey()).isEqualTo("degree.error.noDefense"));
	}

	@Test
	void aMistypedTenOfTwentyOneIsCorrectedWithItsReasonAndTheOriginalKept() {
		DegreeDecision decision = decide(vote(21, 18, 10, 6, 2));
		assertThat(decision.decision()).isEqualTo(CommitteeDecision.NOT_AWARD);

		assertThat(refusedCorrection(decision, new Tally(16, 0, 2), " ")).isEqualTo("degree.correction.error.reason");
		assertThat(refusedCorrection(decision, new Tally(10, 6, 2), "重复"))
			.isEqualTo("degree.correction.error.unchanged");
		assertThat(refusedCorrection(decision, new Tally(16, 2, 2), "多于到会"))
			.isEqualTo("degree.error.moreVotesThanPresent");
		assertThat(refusedCorrection(decision, new Tally(-1, 2, 2), "负数")).isEqualTo("degree.error.votes");
		assertThat(decision.corrections()).isEmpty();

		decision.correct(new Tally(16, 0, 2), "会议记录为同意 16 票，录入时误填为 10 票", "研究生院学位办");
		assertThat(decision.decision()).isEqualTo(CommitteeDecision.AWARD);
		assertThat(decision.status()).isEqualTo(DegreeDecisionStatus.AWARD_DECIDED);
		assertThat(decision.tally()).isEqualTo(new Tally(16, 0, 2));
		assertThat(decision.corrections()).singleElement().satisfies((correction) -> {
			assertThat(correction.before()).isEqualTo(new Tally(10, 6, 2));
			assertThat(correction.decisionBefore()).isEqualTo(CommitteeDecision.NOT_AWARD);
			assertThat(correction.after()).isEqualTo(new Tally(16, 0, 2));
			assertThat(correction.decisionAfter()).isEqualTo(CommitteeDecision.AWARD);
			assertThat(correction.reason()).isEqualTo("会议记录为同意 16 票，录入时误填为 10 票");
			assertThat(correction.correctedBy()).isEqualTo("研究生院学位办");
		});
	}

	@Test
	void theAwardIsDatedBetweenTheMeetingAndTodayWithASixteenDigitCertificate() {
		DegreeDecision decision = decisionIn(DegreeDecisionStatus.AWARD_DECIDED);
		assertThat(refusedAward(decision, MEETING.minusDays(1), "1033520261000001"))
			.isEqualTo("degree.error.awardDate");
		assertThat(refusedAward(decision, TODAY.plusDays(1), "1033520261000001")).isEqualTo("degree.error.awardDate");
		assertThat(refusedAward(decision, MEETING, "12345")).isEqualTo("degree.error.certificateNo");
		assertThat(decision.status()).isEqualTo(DegreeDecisionStatus.AWARD_DECIDED);
		decision.award(MEETING, " 1033520261000001 ", TODAY, "学位办");
		assertThat(decision.certificateNo()).isEqualTo("1033520261000001");
	}

	@Test
	void aMistypedCertificateNumberIsCorrectedWithItsReasonAndTheOriginalKept() {
		DegreeDecision decision = decisionIn(DegreeDecisionStatus.AWARD_DECIDED);
		decision.award(LocalDate.of(2026, 6, 28), "1033520261000061", TODAY, "学位办甲");

		assertThat(refusedAwardCorrection(decision, LocalDate.of(2026, 6, 28), "1033520261000016", " "))
			.isEqualTo("degree.correction.error.reason");
		assertThat(refusedAwardCorrection(decision, LocalDate.of(2026, 6, 28), "1033520261000061", "重复"))
			.isEqualTo("degree.awardCorrection.error.unchanged");
		assertThat(refusedAwardCorrection(decision, LocalDate.of(2026, 6, 28), "10335", "位数不对"))
			.isEqualTo("degree.error.certificateNo");
		assertThat(refusedAwardCorrection(decision, MEETING.minusDays(1), "1033520261000016", "早于会议"))
			.isEqualTo("degree.error.awardDate");
		assertThat(refusedAwardCorrection(decision, TODAY.plusDays(1), "1033520261000016", "晚于今天"))
			.isEqualTo("degree.error.awardDate");
		assertThat(decision.awardCorrections()).isEmpty();
		assertThat(decision.certificateNo()).isEqualTo("1033520261000061");

		decision.correctAward(LocalDate.of(2026, 6, 28), " 1033520261000016 ", "证书编号为 …16，录入时误填为 …61", TODAY, "学位办乙");
		assertThat(decision.status()).isEqualTo(DegreeDecisionStatus.AWARDED);
		assertThat(decision.certificateNo()).isEqualTo("1033520261000016");
		assertThat(decision.awardedOn()).isEqualTo(LocalDate.of(2026, 6, 28));
		assertThat(decision.awardCorrections()).singleElement().satisfies((correction) -> {
			assertThat(correction.awardedOnBefore()).isEqualTo(LocalDate.of(2026, 6, 28));
			assertThat(correction.certificateNoBefore()).isEqualTo("1033520261000061");
			assertThat(correction.awardedOnAfter()).isEqualTo(LocalDate.of(2026, 6, 28));
			assertThat(correction.certificateNoAfter()).isEqualTo("1033520261000016");
			assertThat(correction.reason()).isEqualTo("证书编号为 …16，录入时误填为 …61");
			assertThat(correction.correctedBy()).isEqualTo("学位办乙");
		});
		// the vote of an awarded degree stays as it is
		assertThat(refusedCorrection(decision, new Tally(6, 0, 1), "改票")).isEqualTo("degree.correction.error.awarded");
	}

	/**
	 * A decision brought into a status through the allowed steps only.
	 */
	static DegreeDecision decisionIn(DegreeDecisionStatus status) {
		DegreeDecision decision = decide(
				(status == DegreeDecisionStatus.NOT_AWARDED) ? vote(7, 7, 3, 3, 1) : vote(7, 7, 5, 1, 0));
		if (status == DegreeDecisionStatus.AWARDED) {
			Step.AWARD.action.accept(decision);
		}
		assertThat(decision.status()).isEqualTo(status);
		return decision;
	}

	static String refusal(DegreeDecisionStatus status, Step step) {
		if (step == Step.CORRECT_AWARD) {
			return "degree.awardCorrection.error.notAwarded";
		}
		if (status == DegreeDecisionStatus.AWARDED) {
			return (step == Step.AWARD) ? "degree.error.alreadyAwarded" : "degree.correction.error.awarded";
		}
		return "degree.error.notAwarded";
	}

	private static DegreeDecision.Vote vote(int size, int present, int votesFor, int against, int abstain) {
		return new DegreeDecision.Vote(null, MEETING, size, present, new Tally(votesFor, against, abstain),
				"经学位评定委员会表决");
	}

	private static DegreeDecision decide(DegreeDecision.Vote vote) {
		return DegreeDecision.decide(42, vote, DEFENDED, TODAY, "秘书");
	}

	private static String refused(DegreeDecision.Vote vote) {
		try {
			decide(vote);
		}
		catch (BusinessRuleException ex) {
			return ex.getMessageKey();
		}
		return null;
	}

	private static String refusedCorrection(DegreeDecision decision, Tally tally, String reason) {
		try {
			decision.correct(tally, reason, "学位办");
		}
		catch (BusinessRuleException ex) {
			return ex.getMessageKey();
		}
		return null;
	}

	private static String refusedAwardCorrection(DegreeDecision decision, LocalDate on, String certificateNo,
			String reason) {
		try {
			decision.correctAward(on, certificateNo, reason, TODAY, "学位办");
		}
		catch (BusinessRuleException ex) {
			return ex.getMessageKey();
		}
		return null;
	}

	private static String refusedAward(DegreeDecision decision, LocalDate on, String certificateNo) {
		try {
			decision.award(on, certificateNo, TODAY, "学位办");
		}
		catch (BusinessRuleException ex) {
			return ex.getMessageKey();
		}
		return null;
	}

}
