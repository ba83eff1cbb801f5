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
 * every other one refused with its message and without a change; and the committee's vote
 * that makes the decision.
 */
class DegreeDecisionTests {

	static final LocalDate DEFENDED = LocalDate.of(2026, 5, 20);

	static final LocalDate MEETING = LocalDate.of(2026, 6, 10);

	static final LocalDate TODAY = LocalDate.of(2026, 6, 30);

	/**
	 * What may happen to a decision, through the aggregate's own methods.
	 */
	enum Step {

		AWARD((decision) -> decision.award(LocalDate.of(2026, 6, 28), "1033520261000001", TODAY, "学位办"));

		private final Consumer<DegreeDecision> action;

		Step(Consumer<DegreeDecision> action) {
			this.action = action;
		}

	}

	static final Map<DegreeDecisionStatus, Map<Step, DegreeDecisionStatus>> ALLOWED = new EnumMap<>(
			DegreeDecisionStatus.class);

	static {
		ALLOWED.put(DegreeDecisionStatus.AWARD_DECIDED, Map.of(Step.AWARD, DegreeDecisionStatus.AWARDED));
		ALLOWED.put(DegreeDecisionStatus.NOT_AWARDED, Map.of());
		ALLOWED.put(DegreeDecisionStatus.AWARDED, Map.of());
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
						if (expected != null) {
							step.action.accept(decision);
							assertThat(decision.status()).isEqualTo(expected);
						}
						else {
							assertThatThrownBy(() -> step.action.accept(decision)).isInstanceOfSatisfying(
									BusinessRuleException.class,
									(ex) -> assertThat(ex.getMessageKey()).isEqualTo(refusal(status)));
							assertThat(decision.status()).isEqualTo(status);
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
		assertThat(decide(vote(7, 4, 1, 0)).decision()).isEqualTo(CommitteeDecision.AWARD);
		assertThat(decide(vote(8, 4, 2, 0)).decision()).isEqualTo(CommitteeDecision.NOT_AWARD);
		assertThat(refused(vote(7, 4, 0, 0))).isEqualTo("degree.error.quorum");
		assertThat(refused(vote(7, 6, 2, 0))).isEqualTo("degree.error.moreVotesThanMembers");
		assertThat(refused(vote(2, 2, 0, 0))).isEqualTo("degree.error.votes");
	}

	@Test
	void theMeetingFollowsThePassedDefenseAndIsNotInTheFuture() {
		assertThat(refused(new DegreeDecision.Vote(TODAY.plusDays(1), 7, 5, 0, 0, "决议")))
			.isEqualTo("degree.error.meetingDate");
		assertThat(refused(new DegreeDecision.Vote(DEFENDED.minusDays(1), 7, 5, 0, 0, "决议")))
			.isEqualTo("degree.error.meetingBeforeDefense");
		assertThat(refused(new DegreeDecision.Vote(MEETING, 7, 5, 0, 0, " "))).isEqualTo("degree.error.resolution");
		assertThatThrownBy(() -> DegreeDecision.decide(42, vote(7, 5, 0, 0), null, TODAY, "秘书")).isInstanceOfSatisfying(
				BusinessRuleException.class,
				(ex) -> assertThat(ex.getMessageKey()).isEqualTo("degree.error.noDefense"));
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

	/**
	 * A decision brought into a status through the allowed steps only.
	 */
	static DegreeDecision decisionIn(DegreeDecisionStatus status) {
		DegreeDecision decision = decide(
				(status == DegreeDecisionStatus.NOT_AWARDED) ? vote(7, 3, 3, 1) : vote(7, 5, 1, 0));
		if (status == DegreeDecisionStatus.AWARDED) {
			Step.AWARD.action.accept(decision);
		}
		assertThat(decision.status()).isEqualTo(status);
		return decision;
	}

	static String refusal(DegreeDecisionStatus status) {
		return (status == DegreeDecisionStatus.AWARDED) ? "degree.error.alreadyAwarded" : "degree.error.notAwarded";
	}

	private static DegreeDecision.Vote vote(int size, int votesFor, int against, int abstain) {
		return new DegreeDecision.Vote(MEETING, size, votesFor, against, abstain, "经学位评定委员会表决");
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
