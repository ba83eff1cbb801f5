package com.clinigrad.awards;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.clinigrad.achievements.PublicationView;
import com.clinigrad.courses.CourseCategory;
import com.clinigrad.courses.GradeView;
import com.clinigrad.eligibility.CaseTrigger;
import com.clinigrad.eligibility.OpenDelayCase;
import com.clinigrad.rotations.ExamResult;
import com.clinigrad.rotations.RotationView;
import com.clinigrad.students.AdmissionType;
import com.clinigrad.students.DegreeType;
import com.clinigrad.students.StudentFacts;
import com.clinigrad.students.StudentStatus;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The comprehensive evaluation at its edges: each figure from its records, a tie broken
 * by the scheme's component, a delayed student and a vetoed one excluded with the reason,
 * a veto older than the scheme's period no longer excluding.
 */
class ComprehensiveEvaluationTests {

	static final LocalDate AS_OF = LocalDate.of(2026, 10, 15);

	static final EvaluationRules RULES = rules(EvaluationComponent.RESEARCH, 12);

	@Test
	void eachComponentIsScoredFromItsRecordsAndWeighted() {
		EvaluationInput input = new EvaluationInput(student("A1", StudentStatus.ENROLLED), null,
				List.of(grade("C1", 1, "90", "2"), grade("C2", 1, "50", "1"), grade("C2", 2, "80", "1"),
						practice("1.5")),
				List.of(rotation(ExamResult.PASS, null), rotation(ExamResult.FAIL, ExamResult.PASS)),
				List.of(publication("SCI")),
				List.of(entry(true, false, AS_OF.minusMonths(2)), entry(false, false, AS_OF.minusMonths(1))));

		StudentEvaluation result = ComprehensiveEvaluation.evaluate(RULES, input, AS_OF);

		// grades: latest sitting of each course, credit-weighted: (90×2 + 80×1) / 3
		assertThat(result.score(EvaluationComponent.GRADES)).isEqualByComparingTo("86.67");
		// clinical: one pass (100) and one passed at the retake (60)
		assertThat(result.score(EvaluationComponent.CLINICAL)).isEqualByComparingTo("80");
		assertThat(result.score(EvaluationComponent.RESEARCH)).isEqualByComparingTo("40");
		// service: 1.5 practice credits × 50
		assertThat(result.score(EvaluationComponent.SERVICE)).isEqualByComparingTo("75");
		// ethics: 80 + 5 − 20
		assertThat(result.score(EvaluationComponent.ETHICS)).isEqualByComparingTo("65");
		// 86.67×40% + 80×30% + 40×20% + 75×5% + 65×5% = 34.67 + 24 + 8 + 3.75 + 3.25
		assertThat(result.total()).isEqualByComparingTo("73.67");
		assertThat(result.excluded()).isFalse();
		ComponentScore grades = result.components().get(0);
		assertThat(grades.lines()).extracting(EvaluationLine::key)
			.containsExactly("award.line.grade", "award.line.grade", "award.line.gradeAverage");
	}

	@Test
	void withoutRecordsAComponentSaysSoAndScoresNothing() {
		StudentEvaluation result = ComprehensiveEvaluation.evaluate(RULES, new EvaluationInput(
				student("A2", StudentStatus.ENROLLED), null, List.of(), List.of(), List.of(), List.of()), AS_OF);
		assertThat(result.score(EvaluationComponent.GRADES)).isZero();
		assertThat(result.components().get(0).lines()).extracting(EvaluationLine::key)
			.containsExactly("award.line.noGrades");
		// the ethics base still counts
		assertThat(result.score(EvaluationComponent.ETHICS)).isEqualByComparingTo("80");
	}

	@Test
	void aTieIsBrokenByTheSchemesComponentThenByStudentNumber() {
		// same total 50: B has more research, C less; D equal to C in everything
		StudentEvaluation b = evaluation("B", "50", "60");
		StudentEvaluation c = evaluation("C", "50", "40");
		StudentEvaluation d = evaluation("D", "50", "40");
		StudentEvaluation a = evaluation("A", "70", "0");

		List<StudentEvaluation> ranked = ComprehensiveEvaluation.rank(List.of(d, c, b, a),
				EvaluationComponent.RESEARCH);

		assertThat(ranked).extracting((e) -> e.student().studentNo()).containsExactly("A", "B", "C", "D");
		assertThat(ranked).extracting(StudentEvaluation::rank).containsExactly(1, 2, 3, 4);
		assertThat(ranked).extracting(StudentEvaluation::tieBroken).containsExactly(false, true, true, true);
	}

	@Test
	void anOpenDelayCaseExcludesWithItsTriggerAndDay() {
		OpenDelayCase open = new OpenDelayCase(1, 7, CaseTrigger.NO_LICENSE, LocalDate.of(2026, 3, 2));
		StudentEvaluation result = ComprehensiveEvaluation.evaluate(RULES, new EvaluationInput(
				student("C1", StudentStatus.ENROLLED), null, List.of(), List.of(), List.of(), List.of(), open), AS_OF);
		assertThat(result.exclusion().reason()).isEqualTo(Exclusion.Reason.DELAY_CASE);
		assertThat(result.exclusion().since()).isEqualTo(LocalDate.of(2026, 3, 2));
		assertThat(result.exclusion().detailKey()).isEqualTo("case.trigger.NO_LICENSE");
		// a delayed status says more than a waiting case
		StudentEvaluation delayed = ComprehensiveEvaluation.evaluate(RULES,
				new EvaluationInput(student("C2", StudentStatus.DELAYED), LocalDate.of(2026, 9, 1), List.of(),
						List.of(), List.of(), List.of(), open),
				AS_OF);
		assertThat(delayed.exclusion().reason()).isEqualTo(Exclusion.Reason.DELAYED);
	}

	@Test
	void aDelayedStudentIsExcludedAndNamed() {
		StudentEvaluation result = ComprehensiveEvaluation.evaluate(RULES,
				new EvaluationInput(student("E1", StudentStatus.DELAYED), LocalDate.of(2026, 9, 1), List.of(),
						List.of(), List.of(), List.of()),
				AS_OF);
		assertThat(result.exclusion().reason()).isEqualTo(Exclusion.Reason.DELAYED);
		assertThat(result.exclusion().messageKey()).isEqualTo("award.exclusion.DELAYED");
		List<StudentEvaluation> ranked = ComprehensiveEvaluation.rank(List.of(result, evaluation("E0", "10", "0")),
				EvaluationComponent.RESEARCH);
		assertThat(ranked.get(0).rank()).isEqualTo(1);
		assertThat(ranked.get(1).rank()).isZero();
		assertThat(ranked.get(1).excluded()).isTrue();
	}

	@Test
	void aVetoWithinTheSchemesPeriodExcludesAndAnOlderOneNoLonger() {
		LocalDate within = AS_OF.minusMonths(12);
		StudentEvaluation vetoed = ComprehensiveEvaluation.evaluate(RULES,
				new EvaluationInput(student("V1", StudentStatus.ENROLLED), null, List.of(), List.of(), List.of(),
						List.of(entry(false, true, within))),
				AS_OF);
		assertThat(vetoed.exclusion()).isEqualTo(new Exclusion(Exclusion.Reason.ETHICS_VETO, within));
		StudentEvaluation older = ComprehensiveEvaluation.evaluate(RULES,
				new EvaluationInput(student("V2", StudentStatus.ENROLLED), null, List.of(), List.of(), List.of(),
						List.of(entry(false, true, within.minusDays(1)))),
				AS_OF);
		assertThat(older.excluded()).isFalse();
		// a negative entry without a veto only takes points off
		StudentEvaluation complaint = ComprehensiveEvaluation.evaluate(RULES,
				new EvaluationInput(student("V3", StudentStatus.ENROLLED), null, List.of(), List.of(), List.of(),
						List.of(entry(false, false, AS_OF))),
				AS_OF);
		assertThat(complaint.excluded()).isFalse();
		assertThat(complaint.score(EvaluationComponent.ETHICS)).isEqualByComparingTo("60");
	}

	@Test
	void researchIsCappedAtAHundred() {
		StudentEvaluation result = ComprehensiveEvaluation.evaluate(RULES,
				new EvaluationInput(student("R1", StudentStatus.ENROLLED), null, List.of(), List.of(),
						List.of(publication("SCI"), publication("SCI"), publication("SCI")), List.of()),
				AS_OF);
		assertThat(result.score(EvaluationComponent.RESEARCH)).isEqualByComparingTo("100");
		assertThat(result.components().get(2).lines()).extracting(EvaluationLine::key).contains("award.line.capped");
	}

	static EvaluationRules rules(EvaluationComponent tieBreak, int vetoMonths) {
		Map<EvaluationComponent, BigDecimal> weights = new LinkedHashMap<>();
		weights.put(EvaluationComponent.GRADES, new BigDecimal("40"));
		weights.put(EvaluationComponent.CLINICAL, new BigDecimal("30"));
		weights.put(EvaluationComponent.RESEARCH, new BigDecimal("20"));
		weights.put(EvaluationComponent.SERVICE, new BigDecimal("5"));
		weights.put(EvaluationComponent.ETHICS, new BigDecimal("5"));
		return new EvaluationRules(weights,
				Map.of(EvaluationComponent.RESEARCH, Map.of("sci", "40", "core", "20", "other", "5"),
						EvaluationComponent.SERVICE, Map.of("perCredit", "50"), EvaluationComponent.ETHICS,
						Map.of("base", "80", "positive", "5", "negative", "20"), EvaluationComponent.CLINICAL,
						Map.of("retake", "60")),
				tieBreak, vetoMonths);
	}

	static StudentFacts student(String studentNo, StudentStatus status) {
		return new StudentFacts(studentNo.hashCode(), studentNo, "学生" + studentNo, "PUMC-PRO-MASTER",
				DegreeType.PRO_MASTER, 2024, AdmissionType.EXAM, status, "H01", "S1", null);
	}

	static StudentEvaluation evaluation(String studentNo, String total, String research) {
		List<ComponentScore> components = List.of(new ComponentScore(EvaluationComponent.RESEARCH, new BigDecimal("20"),
				new BigDecimal(research), BigDecimal.ZERO, List.of()));
		return new StudentEvaluation(student(studentNo, StudentStatus.ENROLLED), new BigDecimal(total), components,
				null, 0, false);
	}

	static GradeView grade(String code, int attempt, String score, String credits) {
		return new GradeView(code, "课程" + code, "Course " + code, CourseCategory.values()[0], new BigDecimal(credits),
				"2025-1", attempt, new BigDecimal(score), null);
	}

	static GradeView practice(String credits) {
		return new GradeView("PRACTICE", "社会实践", "Practice", CourseCategory.values()[0], new BigDecimal(credits),
				"2025-2", 1, null, null);
	}

	static RotationView rotation(ExamResult exam, ExamResult retake) {
		return new RotationView("H01", "CARD", "心内科", null, AS_OF.minusMonths(3), AS_OF.minusMonths(2), false, exam,
				retake);
	}

	static PublicationView publication(String indexing) {
		return new PublicationView("研究", "杂志", indexing, 1, true, "RESEARCH", AS_OF.minusMonths(4), null);
	}

	static EthicsEntryView entry(boolean positive, boolean veto, LocalDate on) {
		return new EthicsEntryView(1, on, positive ? EthicsSource.PATIENT_PRAISE : EthicsSource.INCIDENT, "记录", veto,
				true, "教育处", Instant.now(), null, null);
	}

}
