package com.clinigrad.theses;

import java.math.BigDecimal;
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
 * The review round's workflow: every pair of status and step, the allowed ones against
 * the table below (written out here, not read from {@link RoundStatus}), every other one
 * refused with its message and without a change.
 */
class ReviewRoundTests {

	static final BigDecimal MAX = new BigDecimal("30");

	static final LocalDate TODAY = LocalDate.of(2026, 5, 11);

	/** Five reviews, none may disagree, similarity at most 30 %. */
	static final ThesisRequirements.Limits LIMITS = new ThesisRequirements.Limits(null, null, null, MAX, 5, 0);

	/**
	 * What may happen to a round, through the aggregate's own methods.
	 */
	enum Step {

		RECORD_SIMILARITY(
				(round) -> round.recordSimilarity(new BigDecimal("12.5"), MAX, "report.pdf", new byte[] { 1 }, "学位办")),
		CANCEL_FOR_SIMILARITY(
				(round) -> round.recordSimilarity(new BigDecimal("30.01"), MAX, "report.pdf", new byte[] { 1 }, "学位办")),
		ASSIGN_REVIEWERS((round) -> round.assignReviewers(TODAY, TODAY.plusDays(49))), CLEAR(ReviewRound::clear),
		BLOCK(ReviewRound::block), OPEN_NEXT(ReviewRound::next),
		/**
		 * One verdict imported: fewer than the program's five, so the round is not judged
		 * yet.
		 */
		IMPORT_VERDICTS((round) -> round.recordImportedVerdicts(new ReviewTally(1, 1, 0), LIMITS));

		private final Consumer<ReviewRound> action;

		Step(Consumer<ReviewRound> action) {
			this.action = action;
		}

	}

	static final Map<RoundStatus, Map<Step, RoundStatus>> ALLOWED = new EnumMap<>(RoundStatus.class);

	static {
		ALLOWED.put(RoundStatus.OPEN,
				Map.of(Step.RECORD_SIMILARITY, RoundStatus.OPEN, Step.CANCEL_FOR_SIMILARITY, RoundStatus.CANCELLED,
						Step.ASSIGN_REVIEWERS, RoundStatus.UNDER_REVIEW, Step.IMPORT_VERDICTS,
						RoundStatus.UNDER_REVIEW));
		ALLOWED.put(RoundStatus.UNDER_REVIEW, Map.of(Step.ASSIGN_REVIEWERS, RoundStatus.UNDER_REVIEW, Step.CLEAR,
				RoundStatus.CLEARED, Step.BLOCK, RoundStatus.BLOCKED, Step.IMPORT_VERDICTS, RoundStatus.UNDER_REVIEW));
		ALLOWED.put(RoundStatus.CANCELLED, Map.of(Step.OPEN_NEXT, RoundStatus.CANCELLED));
		ALLOWED.put(RoundStatus.BLOCKED,
				Map.of(Step.OPEN_NEXT, RoundStatus.BLOCKED, Step.IMPORT_VERDICTS, RoundStatus.UNDER_REVIEW));
		ALLOWED.put(RoundStatus.CLEARED, Map.of(Step.IMPORT_VERDICTS, RoundStatus.UNDER_REVIEW));
	}

	@TestFactory
	Stream<DynamicTest> everyAllowedStepLeadsToItsStatusAndEveryOtherIsRefused() {
		List<DynamicTest> tests = new ArrayList<>();
		for (RoundStatus status : RoundStatus.values()) {
			for (Step step : Step.values()) {
				RoundStatus expected = ALLOWED.get(status).get(step);
				tests.add(DynamicTest
					.dynamicTest(status + " × " + step + " → " + ((expected != null) ? expected : "refused"), () -> {
						ReviewRound round = roundIn(status);
						if (expected != null) {
							step.action.accept(round);
							assertThat(round.state()).isEqualTo(expected);
						}
						else {
							assertThatThrownBy(() -> step.action.accept(round)).isInstanceOfSatisfying(
									BusinessRuleException.class,
									(ex) -> assertThat(ex.getMessageKey()).isEqualTo(refusal(status, step)));
							assertThat(round.state()).isEqualTo(status);
						}
					}));
			}
		}
		assertThat(tests).hasSize(RoundStatus.values().length * Step.values().length);
		return tests.stream();
	}

	@Test
	void theTableCoversEveryStatus() {
		assertThat(ALLOWED).containsOnlyKeys(RoundStatus.values());
	}

	@Test
	void aRoundUnderReviewIsStoredOpenAndAClosedOneIsStoredAsItIs() {
		ReviewRound round = roundIn(RoundStatus.UNDER_REVIEW);
		assertThat(round.open()).isTrue();
		round.clear();
		assertThat(round.open()).isFalse();
		assertThat(round.closedReason()).isNull();
		ReviewRound blocked = roundIn(RoundStatus.BLOCKED);
		assertThat(blocked.closedReason()).isEqualTo(RoundClosedReason.REVIEW);
		assertThat(roundIn(RoundStatus.CANCELLED).closedReason()).isEqualTo(RoundClosedReason.SIMILARITY);
	}

	@Test
	void exactlyTheMaximumSimilarityPassesAndARecordedResultMayBeCorrectedBeforeTheReview() {
		ReviewRound above = new ReviewRound(1, 1);
		assertThat(above.recordSimilarity(new BigDecimal("30.01"), MAX, "r.pdf", new byte[] { 1 }, "学位办")).isTrue();
		ReviewRound atMax = new ReviewRound(2, 1);
		assertThat(atMax.recordSimilarity(new BigDecimal("30"), MAX, "r.pdf", new byte[] { 1 }, "学位办")).isFalse();
		assertThat(atMax.recordSimilarity(new BigDecimal("8"), MAX, "r.pdf", new byte[] { 1 }, "学位办")).isFalse();
		assertThat(atMax.similarityPercent()).isEqualByComparingTo("8");
		assertThat(atMax.state()).isEqualTo(RoundStatus.OPEN);
		ReviewRound noMaximum = new ReviewRound(3, 1);
		assertThat(noMaximum.recordSimilarity(new BigDecimal("95"), null, "r.pdf", new byte[] { 1 }, "学位办")).isFalse();
	}

	@Test
	void theRoundClosesOnlyWhenEveryActiveReviewIsInAndThereAreEnough() {
		ReviewRound round = roundIn(RoundStatus.UNDER_REVIEW);
		// one of five still pending
		assertThat(round.conclude(new ReviewTally(5, 4, 0), 5, 0)).isFalse();
		// all in, but a declined one leaves four: fewer than the minimum
		assertThat(round.conclude(new ReviewTally(4, 4, 0), 5, 0)).isFalse();
		assertThat(round.state()).isEqualTo(RoundStatus.UNDER_REVIEW);
		assertThat(round.conclude(new ReviewTally(5, 5, 0), 5, 0)).isTrue();
		assertThat(round.state()).isEqualTo(RoundStatus.CLEARED);
	}

	@Test
	void moreDisagreeingVerdictsThanTheProgramToleratesBlockTheRound() {
		ReviewRound tolerated = roundIn(RoundStatus.UNDER_REVIEW);
		tolerated.conclude(new ReviewTally(5, 5, 1), 5, 1);
		assertThat(tolerated.state()).isEqualTo(RoundStatus.CLEARED);
		ReviewRound blocked = roundIn(RoundStatus.UNDER_REVIEW);
		blocked.conclude(new ReviewTally(5, 5, 2), 5, 1);
		assertThat(blocked.state()).isEqualTo(RoundStatus.BLOCKED);
	}

	@Test
	void importedVerdictsAllInConcludeTheRoundByTheVerdictRuleWithoutAReviewPeriod() {
		ReviewRound cleared = new ReviewRound(1, 1);
		assertThat(cleared.recordImportedVerdicts(new ReviewTally(5, 5, 0), LIMITS)).isEqualTo(RoundStatus.CLEARED);
		assertThat(cleared.settled().reviewsImported()).isTrue();
		assertThat(cleared.closedReason()).isNull();
		ReviewRound blocked = new ReviewRound(2, 1);
		assertThat(blocked.recordImportedVerdicts(new ReviewTally(5, 5, 1), LIMITS)).isEqualTo(RoundStatus.BLOCKED);
		assertThat(blocked.closedReason()).isEqualTo(RoundClosedReason.REVIEW);
		// a disagreeing verdict the program tolerates
		ReviewRound tolerated = new ReviewRound(3, 1);
		assertThat(tolerated.recordImportedVerdicts(new ReviewTally(5, 5, 1),
				new ThesisRequirements.Limits(null, null, null, MAX, 5, 1)))
			.isEqualTo(RoundStatus.CLEARED);
	}

	@Test
	void fewerImportedVerdictsThanTheProgramRequiresLeaveTheRoundUnderReviewUntilTheRestArrive() {
		ReviewRound round = new ReviewRound(1, 1);
		round.recordSimilarity(new BigDecimal("12.5"), MAX, "report.pdf", new byte[] { 1 }, "学位办");
		assertThat(round.recordImportedVerdicts(new ReviewTally(4, 4, 1), LIMITS)).isEqualTo(RoundStatus.UNDER_REVIEW);
		assertThat(round.open()).isTrue();
		// the similarity of a round under review is no longer recorded
		assertThatThrownBy(
				() -> round.recordSimilarity(new BigDecimal("8"), MAX, "report.pdf", new byte[] { 1 }, "学位办"))
			.isInstanceOfSatisfying(BusinessRuleException.class,
					(ex) -> assertThat(ex.getMessageKey()).isEqualTo("thesis.error.reviewUnderway"));
		assertThat(round.recordImportedVerdicts(new ReviewTally(5, 5, 1), LIMITS)).isEqualTo(RoundStatus.BLOCKED);
	}

	@Test
	void aCorrectedImportedVerdictJudgesTheConcludedRoundAgain() {
		ReviewRound round = new ReviewRound(1, 1);
		round.recordImportedVerdicts(new ReviewTally(5, 5, 1), LIMITS);
		assertThat(round.state()).isEqualTo(RoundStatus.BLOCKED);
		assertThat(round.recordImportedVerdicts(new ReviewTally(5, 5, 0), LIMITS)).isEqualTo(RoundStatus.CLEARED);
		assertThat(round.closedReason()).isNull();
		assertThat(round.recordImportedVerdicts(new ReviewTally(6, 6, 1), LIMITS)).isEqualTo(RoundStatus.BLOCKED);
	}

	@Test
	void aSimilarityAboveTheMaximumCancelsTheRoundBeforeImportedVerdictsCount() {
		ReviewRound round = new ReviewRound(1, 1);
		round.recordSimilarity(new BigDecimal("12.5"), null, "report.pdf", new byte[] { 1 }, "学位办");
		ReviewRound above = new ReviewRound(2, 1);
		above.recordSimilarity(new BigDecimal("31"), null, "report.pdf", new byte[] { 1 }, "学位办");
		assertThat(above.recordImportedVerdicts(new ReviewTally(5, 5, 0), LIMITS)).isEqualTo(RoundStatus.CANCELLED);
		assertThat(above.closedReason()).isEqualTo(RoundClosedReason.SIMILARITY);
		assertThat(above.settled().reviewsImported()).isTrue();
		assertThat(above.takesImportedVerdicts()).isFalse();
		// exactly the maximum does not cancel
		ReviewRound atMax = new ReviewRound(3, 1);
		atMax.recordSimilarity(MAX, null, "report.pdf", new byte[] { 1 }, "学位办");
		assertThat(atMax.recordImportedVerdicts(new ReviewTally(5, 5, 0), LIMITS)).isEqualTo(RoundStatus.CLEARED);
		assertThat(round.takesImportedVerdicts()).isTrue();
	}

	@Test
	void anImportedSimilarityAboveTheMaximumCancelsARoundTheAppDidNotSendToReviewWhateverItsImportedVerdicts() {
		for (ReviewTally tally : List.of(new ReviewTally(5, 5, 0), new ReviewTally(5, 5, 1),
				new ReviewTally(1, 1, 0))) {
			ReviewRound round = new ReviewRound(1, 1);
			round.recordImportedVerdicts(tally, LIMITS);
			RoundStatus before = round.state();
			ReviewRound imported = ReviewRound.restored(0, 1, 1, before.stored(), new BigDecimal("35"), null, true,
					round.closedReason(), null, 0);
			assertThat(imported.state()).isEqualTo(before);
			assertThat(imported.recordImportedSimilarity(MAX)).isTrue();
			assertThat(imported.state()).isEqualTo(RoundStatus.CANCELLED);
			assertThat(imported.closedReason()).isEqualTo(RoundClosedReason.SIMILARITY);
			// a cancelled round stays cancelled
			assertThat(imported.recordImportedSimilarity(MAX)).isFalse();
		}
		// an open round without verdicts
		ReviewRound open = ReviewRound.restored(0, 1, 1, RoundStatus.OPEN, new BigDecimal("30.01"), null, false, null,
				null, 0);
		assertThat(open.recordImportedSimilarity(MAX)).isTrue();
		assertThat(open.state()).isEqualTo(RoundStatus.CANCELLED);
		// exactly the maximum, no maximum, or a review the app runs: nothing changes
		ReviewRound atMax = ReviewRound.restored(0, 1, 1, RoundStatus.CLEARED, MAX, null, true, null, null, 0);
		assertThat(atMax.recordImportedSimilarity(MAX)).isFalse();
		assertThat(atMax.state()).isEqualTo(RoundStatus.CLEARED);
		ReviewRound noMax = ReviewRound.restored(0, 1, 1, RoundStatus.CLEARED, new BigDecimal("60"), null, true, null,
				null, 0);
		assertThat(noMax.recordImportedSimilarity(null)).isFalse();
		ReviewRound inApp = ReviewRound.restored(0, 1, 1, RoundStatus.CLEARED, new BigDecimal("35"), TODAY, false, null,
				null, 0);
		assertThat(inApp.recordImportedSimilarity(MAX)).isFalse();
		assertThat(inApp.state()).isEqualTo(RoundStatus.CLEARED);
	}

	@Test
	void theNextRoundIsANewOpenRoundUpToTheNinth() {
		ReviewRound cancelled = roundIn(RoundStatus.CANCELLED);
		ReviewRound next = cancelled.next();
		assertThat(next.roundNo()).isEqualTo(2);
		assertThat(next.studentId()).isEqualTo(cancelled.studentId());
		assertThat(next.state()).isEqualTo(RoundStatus.OPEN);
		assertThat(cancelled.state()).isEqualTo(RoundStatus.CANCELLED);

		ReviewRound ninth = new ReviewRound(7, ReviewRound.MAX_ROUNDS);
		Step.CANCEL_FOR_SIMILARITY.action.accept(ninth);
		assertThatThrownBy(ninth::next).isInstanceOfSatisfying(BusinessRuleException.class,
				(ex) -> assertThat(ex.getMessageKey()).isEqualTo("thesis.error.tooManyRounds"));
	}

	@Test
	void theTallyCountsActiveSubmittedAndDisagreeingReviews() {
		ReviewAssignment submitted = assignment();
		submitted.submit(ReviewAssignmentTests.review("DISAGREE", "10"));
		ReviewAssignment agreed = assignment();
		agreed.submit(ReviewAssignmentTests.review("AGREE", "18"));
		ReviewAssignment declined = assignment();
		declined.decline("与课题组有合作");
		ReviewAssignment withdrawn = assignment();
		withdrawn.withdraw("学位办", "逾期未回复");
		ReviewAssignment pending = assignment();
		assertThat(ReviewTally.of(List.of(submitted, agreed, declined, withdrawn, pending)))
			.isEqualTo(new ReviewTally(3, 2, 1));
	}

	/**
	 * A round brought into a status through the allowed steps only.
	 */
	static ReviewRound roundIn(RoundStatus status) {
		ReviewRound round = new ReviewRound(42, 1);
		switch (status) {
			case OPEN -> Step.RECORD_SIMILARITY.action.accept(round);
			case UNDER_REVIEW -> {
				Step.RECORD_SIMILARITY.action.accept(round);
				Step.ASSIGN_REVIEWERS.action.accept(round);
			}
			case CANCELLED -> Step.CANCEL_FOR_SIMILARITY.action.accept(round);
			case BLOCKED -> {
				Step.ASSIGN_REVIEWERS.action.accept(round);
				Step.BLOCK.action.accept(round);
			}
			case CLEARED -> {
				Step.ASSIGN_REVIEWERS.action.accept(round);
				Step.CLEAR.action.accept(round);
			}
		}
		assertThat(round.state()).isEqualTo(status);
		return round;
	}

	/**
	 * The message a refused step gives in a status.
	 */
	static String refusal(RoundStatus status, Step step) {
		return switch (step) {
			case RECORD_SIMILARITY, CANCEL_FOR_SIMILARITY ->
				(status == RoundStatus.UNDER_REVIEW) ? "thesis.error.reviewUnderway" : "thesis.error.roundClosed";
			case CLEAR, BLOCK ->
				(status == RoundStatus.OPEN) ? "thesis.error.roundNotUnderReview" : "thesis.error.roundClosed";
			case ASSIGN_REVIEWERS, IMPORT_VERDICTS -> "thesis.error.roundClosed";
			case OPEN_NEXT -> "thesis.error.roundStillOpen";
		};
	}

	private static ReviewAssignment assignment() {
		return new ReviewAssignment(42, 1, 7, "BR-TEST01", "学位办", TODAY.plusDays(49));
	}

}
