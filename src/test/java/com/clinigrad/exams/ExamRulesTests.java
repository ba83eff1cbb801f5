package com.clinigrad.exams;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import com.clinigrad.shared.BusinessRuleException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/**
 * The exam rules without Spring: the draw, the shuffle, the marking of choices, the item
 * statistics, the sitting's transitions and the question checks.
 */
class ExamRulesTests {

	@Test
	void theDrawFillsEachRuleWithFittingQuestionsOnceEach() {
		List<PaperDraw.Candidate> bank = new ArrayList<>();
		for (long i = 1; i <= 10; i++) {
			bank.add(new PaperDraw.Candidate(i, QuestionKind.SINGLE, (int) (i % 5) + 1, TestedCompetency.PATIENT_CARE));
		}
		bank.add(new PaperDraw.Candidate(20, QuestionKind.CASE, 4, TestedCompetency.COMMUNICATION));
		List<Long> paper = PaperDraw.draw(bank,
				List.of(new PaperDraw.Rule(QuestionKind.SINGLE, 4, 5, null, 4),
						new PaperDraw.Rule(QuestionKind.SINGLE, 1, 5, TestedCompetency.PATIENT_CARE, 6),
						new PaperDraw.Rule(QuestionKind.CASE, 1, 5, TestedCompetency.COMMUNICATION, 1)),
				new Random(1));
		assertThat(paper).hasSize(11).doesNotHaveDuplicates();
		assertThat(paper.subList(0, 4)).containsExactlyInAnyOrder(3L, 4L, 8L, 9L);
		assertThat(paper.get(10)).isEqualTo(20L);
	}

	@Test
	void aRuleTheBankCannotFillIsRefusedNamingIt() {
		List<PaperDraw.Candidate> bank = List
			.of(new PaperDraw.Candidate(1, QuestionKind.OPEN, 3, TestedCompetency.TEACHING));
		assertThatThrownBy(() -> PaperDraw.draw(bank,
				List.of(new PaperDraw.Rule(QuestionKind.OPEN, 1, 5, null, 1),
						new PaperDraw.Rule(QuestionKind.OPEN, 1, 5, null, 1)),
				new Random(1)))
			.isInstanceOf(BusinessRuleException.class)
			.extracting((e) -> ((BusinessRuleException) e).getArguments())
			.isEqualTo(new Object[] { 2, 1, 0 });
		assertThatThrownBy(() -> PaperDraw.draw(bank, List.of(), new Random(1)))
			.isInstanceOf(BusinessRuleException.class);
	}

	@Test
	void theShuffleIsTheSameForOneSeedAndDiffersBetweenSeeds() {
		List<Integer> paper = List.of(1, 2, 3, 4, 5, 6, 7, 8);
		assertThat(PaperShuffle.questions(paper, 42)).isEqualTo(PaperShuffle.questions(paper, 42))
			.containsExactlyInAnyOrderElementsOf(paper);
		assertThat(Set.of(PaperShuffle.questions(paper, 1), PaperShuffle.questions(paper, 2),
				PaperShuffle.questions(paper, 3)))
			.hasSizeGreaterThan(1);
		assertThat(PaperShuffle.options(List.of("A", "B", "C", "D"), 42, 7))
			.isEqualTo(PaperShuffle.options(List.of("A", "B", "C", "D"), 42, 7));
	}

	@Test
	void aChoiceScoresOnlyWhenExactlyTheCorrectOptionsAreChosen() {
		BigDecimal two = BigDecimal.valueOf(2);
		assertThat(ObjectiveMarking.score(QuestionKind.SINGLE, Set.of(1L), Set.of(1L), two)).isEqualTo(two);
		assertThat(ObjectiveMarking.score(QuestionKind.SINGLE, Set.of(1L), Set.of(2L), two)).isZero();
		assertThat(ObjectiveMarking.score(QuestionKind.SINGLE, Set.of(1L), Set.of(), two)).isZero();
		assertThat(ObjectiveMarking.score(QuestionKind.MULTIPLE, Set.of(1L, 2L), Set.of(1L, 2L), two)).isEqualTo(two);
		assertThat(ObjectiveMarking.score(QuestionKind.MULTIPLE, Set.of(1L, 2L), Set.of(1L), two)).isZero();
		assertThat(ObjectiveMarking.score(QuestionKind.MULTIPLE, Set.of(1L, 2L), Set.of(1L, 2L, 3L), two)).isZero();
		assertThatThrownBy(() -> ObjectiveMarking.score(QuestionKind.OPEN, Set.of(), Set.of(), two))
			.isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void difficultyIsTheMeanShareAndDiscriminationTheUpperMinusLowerGroup() {
		// ten candidates; the item is answered right by the five best only
		Map<Long, Double> totals = new java.util.HashMap<>();
		Map<Long, Double> shares = new java.util.HashMap<>();
		for (long c = 1; c <= 10; c++) {
			totals.put(c, (double) c);
			shares.put(c, (c > 5) ? 1.0 : 0.0);
		}
		ItemStatistics.Figures figures = ItemStatistics.of(totals, shares);
		assertThat(figures.candidates()).isEqualTo(10);
		assertThat(figures.difficulty()).isCloseTo(0.5, within(1e-9));
		assertThat(figures.discrimination()).isCloseTo(1.0, within(1e-9));
		// a candidate alone is both groups: no discrimination
		assertThat(ItemStatistics.of(Map.of(1L, 3.0), Map.of(1L, 1.0)).discrimination()).isZero();
		assertThat(ItemStatistics.of(Map.of(), Map.of()).candidates()).isZero();
	}

	@Test
	void aSittingMovesOnlyForwards() {
		assertThat(SittingStatus.DRAFT.moveTo(SittingStatus.PUBLISHED)).isEqualTo(SittingStatus.PUBLISHED);
		assertThat(SittingStatus.PUBLISHED.moveTo(SittingStatus.RELEASED)).isEqualTo(SittingStatus.RELEASED);
		assertThatThrownBy(() -> SittingStatus.DRAFT.moveTo(SittingStatus.RELEASED))
			.isInstanceOf(BusinessRuleException.class);
		assertThatThrownBy(() -> SittingStatus.RELEASED.moveTo(SittingStatus.PUBLISHED))
			.isInstanceOf(BusinessRuleException.class);
		assertThat(SittingStatus.DRAFT.editable()).isTrue();
		assertThat(SittingStatus.PUBLISHED.editable()).isFalse();
	}

	@Test
	void aQuestionIsCheckedOnce() {
		QuestionCommand good = new QuestionCommand(QuestionKind.SINGLE, "题干", 3, TestedCompetency.PATIENT_CARE,
				BigDecimal.valueOf(2), List.of("甲", "乙"), List.of(0));
		assertThat(QuestionBanks.check(good, false)).isEmpty();
		assertThat(QuestionBanks.check(new QuestionCommand(QuestionKind.SINGLE, "题干", 3, TestedCompetency.PATIENT_CARE,
				BigDecimal.valueOf(2), List.of("甲", "乙"), List.of(0, 1)), false))
			.contains("exams.error.singleCorrect");
		assertThat(QuestionBanks.check(new QuestionCommand(QuestionKind.CASE, "病例", 3, TestedCompetency.PATIENT_CARE,
				BigDecimal.ONE, List.of(), List.of()), true))
			.contains("exams.error.caseInCase");
		assertThat(QuestionBanks.check(new QuestionCommand(QuestionKind.OPEN, "简答", 6, TestedCompetency.PATIENT_CARE,
				BigDecimal.ONE, List.of(), List.of()), false))
			.contains("exams.error.difficulty");
		assertThat(QuestionBanks.check(new QuestionCommand(QuestionKind.OPEN, "简答", 2, TestedCompetency.PATIENT_CARE,
				new BigDecimal("1.25"), List.of(), List.of()), false))
			.contains("exams.error.points");
		assertThat(QuestionBanks.check(new QuestionCommand(QuestionKind.MULTIPLE, "多选", 2,
				TestedCompetency.PATIENT_CARE, BigDecimal.ONE, List.of("甲"), List.of(0)), false))
			.contains("exams.error.options");
	}

	@Test
	void theTemplateReadsBackAsItsSixQuestions() {
		QuestionSheet.Parsed parsed = QuestionSheet.read(QuestionSheet.template());
		assertThat(parsed.errors()).isEmpty();
		assertThat(parsed.lines()).hasSize(6);
		assertThat(parsed.lines().get(3).caseRef()).isEqualTo("C1");
		assertThat(QuestionSheet.read(new byte[] { 1, 2, 3 }).errors()).extracting(RowError::messageKey)
			.containsExactly("exams.import.error.file");
	}

}
