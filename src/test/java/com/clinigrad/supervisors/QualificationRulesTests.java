package com.clinigrad.supervisors;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import com.clinigrad.shared.BusinessRuleException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The qualification conditions, the validity of a record and the application's states, as
 * plain rules.
 */
class QualificationRulesTests {

	private static final LocalDate DAY = LocalDate.of(2026, 3, 15);

	@Test
	void titleIsMetAtTheLevelAndAbove() {
		Map<String, String> min = Map.of("min", "ASSOCIATE_SENIOR");
		assertThat(QualificationCondition.TITLE.check(applicant(TitleLevel.ASSOCIATE_SENIOR), min).met()).isTrue();
		assertThat(QualificationCondition.TITLE.check(applicant(TitleLevel.FULL_SENIOR), min).met()).isTrue();
		ConditionResult below = QualificationCondition.TITLE.check(applicant(TitleLevel.INTERMEDIATE), min);
		assertThat(below.met()).isFalse();
		assertThat(below.required()).isEqualTo(TitleLevel.ASSOCIATE_SENIOR);
		assertThat(below.actual()).isEqualTo(TitleLevel.INTERMEDIATE);
		assertThat(below.unmetMessageKey()).isEqualTo("qualificationCondition.TITLE.unmet");
		assertThat(QualificationCondition.TITLE.check(applicant(null), min).met()).isFalse();
	}

	@Test
	void degreeIsMetAtTheDegreeAndAbove() {
		Map<String, String> min = Map.of("min", "DOCTORATE");
		assertThat(QualificationCondition.DEGREE.check(withDegree(HighestDegree.DOCTORATE), min).met()).isTrue();
		assertThat(QualificationCondition.DEGREE.check(withDegree(HighestDegree.MASTER), min).met()).isFalse();
	}

	@Test
	void fundingCountsTheGrantsRunningOnTheDayExactlyAtTheThreshold() {
		Map<String, String> min = Map.of("min", "300000");
		List<GrantView> grants = List.of(grant("200000", DAY.minusYears(1), DAY),
				grant("100000", DAY, DAY.plusYears(2)), grant("999999", DAY.minusYears(3), DAY.minusDays(1)));
		ApplicantRecord exactly = new ApplicantRecord(TitleLevel.FULL_SENIOR, HighestDegree.DOCTORATE, grants,
				List.of(), DAY);
		ConditionResult result = QualificationCondition.FUNDING.check(exactly, min);
		assertThat(result.met()).isTrue();
		assertThat((BigDecimal) result.actual()).isEqualByComparingTo("300000");
		ApplicantRecord oneBelow = new ApplicantRecord(TitleLevel.FULL_SENIOR, HighestDegree.DOCTORATE,
				List.of(grant("299999.99", DAY, DAY)), List.of(), DAY);
		assertThat(QualificationCondition.FUNDING.check(oneBelow, min).met()).isFalse();
	}

	@Test
	void publicationsCountWithinTheYearsUpToTheDay() {
		Map<String, String> min = Map.of("min", "2", "years", "5");
		List<SupervisorPublications.Publication> publications = List.of(publication(DAY),
				publication(DAY.minusYears(5).plusDays(1)), publication(DAY.minusYears(5)),
				publication(DAY.plusDays(1)), publication(null));
		ApplicantRecord applicant = new ApplicantRecord(TitleLevel.FULL_SENIOR, HighestDegree.DOCTORATE, List.of(),
				publications, DAY);
		ConditionResult result = QualificationCondition.PUBLICATIONS.check(applicant, min);
		assertThat(result.actual()).isEqualTo(2);
		assertThat(result.met()).isTrue();
		assertThat(QualificationCondition.PUBLICATIONS.check(applicant, Map.of("min", "3")).met()).isFalse();
	}

	@Test
	void theRulesCheckEveryConditionOfTheKindAndHoldTheReviewPeriod() {
		QualificationRules rules = new QualificationRules("PUMC", 2024,
				Map.of("doctoralReviewYears", "4", "masterReviewYears", ""),
				Map.of(QualificationKind.DOCTORAL_SUPERVISOR, List.of(
						new QualificationRules.Rule(QualificationCondition.TITLE, Map.of("min", "FULL_SENIOR")),
						new QualificationRules.Rule(QualificationCondition.DEGREE, Map.of("min", "DOCTORATE")))));
		List<ConditionResult> results = rules.check(QualificationKind.DOCTORAL_SUPERVISOR,
				withDegree(HighestDegree.MASTER));
		assertThat(results).extracting(ConditionResult::condition)
			.containsExactly(QualificationCondition.TITLE, QualificationCondition.DEGREE);
		assertThat(results).extracting(ConditionResult::met).containsExactly(true, false);
		assertThat(rules.check(QualificationKind.MASTER_SUPERVISOR, withDegree(HighestDegree.MASTER))).isEmpty();
		assertThat(rules.reviewYears(QualificationKind.DOCTORAL_SUPERVISOR)).contains(4);
		assertThat(rules.reviewYears(QualificationKind.MASTER_SUPERVISOR)).isEmpty();
		assertThat(rules.expiryWarningMonths()).isEqualTo(6);
	}

	@Test
	void aRecordHoldsFromGrantedToValidUntilAndWarnsWithinTheMonths() {
		QualificationRecord record = new QualificationRecord(1, 1, QualificationKind.DOCTORAL_SUPERVISOR,
				QualificationCategory.INTERNAL, LocalDate.of(2022, 6, 30), "D1", LocalDate.of(2026, 6, 30), null, null,
				null);
		assertThat(record.validOn(LocalDate.of(2022, 6, 29))).isFalse();
		assertThat(record.validOn(LocalDate.of(2026, 6, 30))).isTrue();
		assertThat(record.validOn(LocalDate.of(2026, 7, 1))).isFalse();
		assertThat(record.expiredOn(LocalDate.of(2026, 7, 1))).isTrue();
		assertThat(record.expiresWithin(LocalDate.of(2025, 12, 30), 6)).isTrue();
		assertThat(record.expiresWithin(LocalDate.of(2025, 12, 29), 6)).isFalse();
	}

	@Test
	void theStatesAllowOnlyTheirMoves() {
		assertThat(ApplicationState.SUBMITTED.canMoveTo(ApplicationState.TO_COMMITTEE)).isTrue();
		assertThat(ApplicationState.SUBMITTED.canMoveTo(ApplicationState.APPROVED)).isFalse();
		assertThat(ApplicationState.TO_COMMITTEE.canMoveTo(ApplicationState.WITHDRAWN)).isFalse();
		assertThat(ApplicationState.APPROVED.closed()).isTrue();
		assertThat(ApplicationState.TO_COMMITTEE.awaitsVote()).isTrue();
		QualificationApplication application = new QualificationApplication(1, 1,
				new ApplicationCommand(QualificationKind.MASTER_SUPERVISOR, ApplicationType.NEW,
						QualificationCategory.INTERNAL, HighestDegree.MASTER, null, null),
				"t");
		VoteCommand vote = new VoteCommand(5, 1, 0, DAY, "D-1");
		assertThatThrownBy(() -> application.recordVote(vote, "c")).isInstanceOf(BusinessRuleException.class);
		assertThatThrownBy(() -> application.reject("g", " ")).isInstanceOf(BusinessRuleException.class);
		application.forward("g", null);
		assertThatThrownBy(application::withdraw).isInstanceOf(BusinessRuleException.class);
		assertThat(application.recordVote(vote, "c")).isTrue();
		assertThat(application.getState()).isEqualTo(ApplicationState.APPROVED);
	}

	@Test
	void aVoteCarriesWithMoreThanHalfOfThoseVoting() {
		assertThat(new VoteCommand(3, 2, 0, DAY, "n").carried()).isTrue();
		assertThat(new VoteCommand(3, 2, 1, DAY, "n").carried()).isFalse();
		assertThat(new VoteCommand(4, 2, 1, DAY, "n").carried()).isTrue();
	}

	private static ApplicantRecord applicant(TitleLevel title) {
		return new ApplicantRecord(title, HighestDegree.DOCTORATE, List.of(), List.of(), DAY);
	}

	private static ApplicantRecord withDegree(HighestDegree degree) {
		return new ApplicantRecord(TitleLevel.FULL_SENIOR, degree, List.of(), List.of(), DAY);
	}

	private static GrantView grant(String amount, LocalDate start, LocalDate end) {
		return new GrantView(1, "g", new BigDecimal(amount), start, end);
	}

	private static SupervisorPublications.Publication publication(LocalDate on) {
		return new SupervisorPublications.Publication("t" + on, "J", "SCI", on, "M1");
	}

}
