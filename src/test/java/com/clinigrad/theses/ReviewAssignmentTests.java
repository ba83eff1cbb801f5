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
 * The blind-review assignment's workflow: every pair of status and step, the allowed ones
 * against the table below (written out here, not read from {@link ReviewStatus}), every
 * other one refused as closed and without a change; and the reminders it is due.
 */
class ReviewAssignmentTests {

	static final LocalDate TODAY = LocalDate.of(2026, 5, 11);

	/**
	 * What may happen to an assignment, through the aggregate's own methods.
	 */
	enum Step {

		SUBMIT((review) -> review.submit(review("AGREE", "18"))), DECLINE((review) -> review.decline("与该课题组有合作")),
		WITHDRAW((review) -> review.withdraw("学位办", "逾期未回复")), REMIND((review) -> review.reminderDue(TODAY, 3, 5));

		private final Consumer<ReviewAssignment> action;

		Step(Consumer<ReviewAssignment> action) {
			this.action = action;
		}

	}

	static final Map<ReviewStatus, Map<Step, ReviewStatus>> ALLOWED = new EnumMap<>(ReviewStatus.class);

	static {
		ALLOWED.put(ReviewStatus.PENDING, Map.of(Step.SUBMIT, ReviewStatus.SUBMITTED, Step.DECLINE,
				ReviewStatus.DECLINED, Step.WITHDRAW, ReviewStatus.WITHDRAWN, Step.REMIND, ReviewStatus.PENDING));
		ALLOWED.put(ReviewStatus.SUBMITTED, Map.of());
		ALLOWED.put(ReviewStatus.DECLINED, Map.of());
		ALLOWED.put(ReviewStatus.WITHDRAWN, Map.of());
	}

	@TestFactory
	Stream<DynamicTest> everyAllowedStepLeadsToItsStatusAndEveryOtherIsRefused() {
		List<DynamicTest> tests = new ArrayList<>();
		for (ReviewStatus status : ReviewStatus.values()) {
			for (Step step : Step.values()) {
				ReviewStatus expected = ALLOWED.get(status).get(step);
				tests.add(DynamicTest
					.dynamicTest(status + " × " + step + " → " + ((expected != null) ? expected : "refused"), () -> {
						ReviewAssignment review = reviewIn(status);
						if (expected != null) {
							step.action.accept(review);
							assertThat(review.status()).isEqualTo(expected);
						}
						else {
							assertThatThrownBy(() -> step.action.accept(review)).isInstanceOfSatisfying(
									BusinessRuleException.class,
									(ex) -> assertThat(ex.getMessageKey()).isEqualTo("review.error.closed"));
							assertThat(review.status()).isEqualTo(status);
						}
					}));
			}
		}
		assertThat(tests).hasSize(ReviewStatus.values().length * Step.values().length);
		return tests.stream();
	}

	@Test
	void theTableCoversEveryStatus() {
		assertThat(ALLOWED).containsOnlyKeys(ReviewStatus.values());
	}

	@Test
	void aSubmittedReviewKeepsItsVerdictAndOnlyAnInvalidFormIsRefusedBeforeIt() {
		ReviewAssignment review = reviewIn(ReviewStatus.PENDING);
		assertThatThrownBy(() -> review.submit(review("AGREE", "10"))).isInstanceOfSatisfying(
				BusinessRuleException.class, (ex) -> assertThat(ex.getMessageKey()).isEqualTo("review.error.lowTotal"));
		assertThatThrownBy(() -> review.submit(review("MAYBE", "18"))).isInstanceOfSatisfying(
				BusinessRuleException.class, (ex) -> assertThat(ex.getMessageKey()).isEqualTo("review.error.verdict"));
		assertThat(review.status()).isEqualTo(ReviewStatus.PENDING);
		review.submit(review("DISAGREE", "10"));
		assertThat(review.status()).isEqualTo(ReviewStatus.SUBMITTED);
		assertThat(review.verdict()).isEqualTo(ReviewVerdict.DISAGREE);
	}

	@Test
	void declineAndWithdrawNeedAReason() {
		for (String blank : new String[] { null, " " }) {
			assertThatThrownBy(() -> reviewIn(ReviewStatus.PENDING).decline(blank)).isInstanceOfSatisfying(
					BusinessRuleException.class,
					(ex) -> assertThat(ex.getMessageKey()).isEqualTo("review.error.declineReason"));
			assertThatThrownBy(() -> reviewIn(ReviewStatus.PENDING).withdraw("学位办", blank)).isInstanceOfSatisfying(
					BusinessRuleException.class,
					(ex) -> assertThat(ex.getMessageKey()).isEqualTo("review.error.withdrawReason"));
		}
		assertThat(ReviewStatus.DECLINED.active()).isFalse();
		assertThat(ReviewStatus.WITHDRAWN.active()).isFalse();
		assertThat(ReviewStatus.PENDING.active()).isTrue();
		assertThat(ReviewStatus.SUBMITTED.active()).isTrue();
	}

	@Test
	void aPendingReviewIsRemindedWithinThePeriodAndOnceOverdue() {
		ReviewAssignment review = new ReviewAssignment(42, 1, 7, "BR-TEST01", "学位办", TODAY.plusDays(7));
		assertThat(review.reminderDue(TODAY, 6, 5)).isNull();
		assertThat(review.reminderDue(TODAY, 5, 5)).isEqualTo(ReminderKind.DUE_SOON);
		assertThat(review.reminderDue(TODAY.plusDays(7), 0, 5)).isEqualTo(ReminderKind.DUE_SOON);
		assertThat(review.reminderDue(TODAY.plusDays(8), 0, 5)).isEqualTo(ReminderKind.OVERDUE);
		assertThat(new ReviewAssignment(42, 1, 7, "BR-TEST02", "学位办", null).reminderDue(TODAY, 0, 5)).isNull();
	}

	/**
	 * An assignment brought into a status through the allowed steps only.
	 */
	static ReviewAssignment reviewIn(ReviewStatus status) {
		ReviewAssignment review = new ReviewAssignment(42, 1, 7, "BR-TEST01", "学位办", TODAY.plusDays(49));
		switch (status) {
			case PENDING -> {
			}
			case SUBMITTED -> Step.SUBMIT.action.accept(review);
			case DECLINED -> Step.DECLINE.action.accept(review);
			case WITHDRAWN -> Step.WITHDRAW.action.accept(review);
		}
		assertThat(review.status()).isEqualTo(status);
		return review;
	}

	/**
	 * A review form with the same score for topic, knowledge and ability (and the rest in
	 * proportion).
	 */
	static BlindReviews.ReviewCommand review(String verdict, String base) {
		BigDecimal score = new BigDecimal(base);
		return new BlindReviews.ReviewCommand(verdict, score, score.add(BigDecimal.valueOf(8)), score,
				score.subtract(BigDecimal.ONE), new BigDecimal("8"), "选题紧密结合临床，研究设计规范，数据翔实，结论可信，写作规范。");
	}

}
