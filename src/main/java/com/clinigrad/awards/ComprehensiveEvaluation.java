package com.clinigrad.awards;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.clinigrad.achievements.PublicationView;
import com.clinigrad.courses.GradeView;
import com.clinigrad.rotations.RotationView;

/**
 * The comprehensive evaluation (综合测评) of DOMAIN §10, pure: each component scored out of
 * 100 from the student's records with every record named, weighted by the scheme; a
 * delayed student (by status, or by a delay chosen in a diversion case awaiting the
 * decision) or one with an ethics veto within the scheme's period excluded with the
 * reason; the others ranked per quota group (cohort × program), a tie broken by the
 * scheme's tie-break component, then by student number.
 */
public final class ComprehensiveEvaluation {

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	/** The course code under which approved practice / service credits are recorded. */
	static final String PRACTICE_COURSE = "PRACTICE";

	private ComprehensiveEvaluation() {
	}

	/**
	 * @param asOf the evaluation day (a veto within the scheme's months before it
	 * excludes)
	 */
	public static StudentEvaluation evaluate(EvaluationRules rules, EvaluationInput input, LocalDate asOf) {
		List<ComponentScore> components = new ArrayList<>();
		BigDecimal total = BigDecimal.ZERO;
		for (Map.Entry<EvaluationComponent, BigDecimal> weight : rules.weights().entrySet()) {
			List<EvaluationLine> lines = new ArrayList<>();
			BigDecimal score = switch (weight.getKey()) {
				case GRADES -> grades(input.grades(), lines);
				case CLINICAL -> clinical(rules, input.rotations(), lines);
				case RESEARCH -> research(rules, input.publications(), lines);
				case SERVICE -> service(rules, input.grades(), input.mentoring(), lines);
				case ETHICS -> ethics(rules, input.ethics(), lines);
			};
			score = score.min(HUNDRED).max(BigDecimal.ZERO).setScale(2, RoundingMode.HALF_UP);
			BigDecimal weighted = score.multiply(weight.getValue()).divide(HUNDRED, 2, RoundingMode.HALF_UP);
			total = total.add(weighted);
			components.add(new ComponentScore(weight.getKey(), weight.getValue(), score, weighted, List.copyOf(lines)));
		}
		return new StudentEvaluation(input.student(), total, List.copyOf(components), exclusion(rules, input, asOf), 0,
				false);
	}

	static Exclusion exclusion(EvaluationRules rules, EvaluationInput input, LocalDate asOf) {
		Exclusion delay = Exclusion.ofDelay(input.student().status(), input.statusSince(), input.delayCase());
		if (delay != null) {
			return delay;
		}
		LocalDate from = asOf.minusMonths(rules.vetoMonths());
		return input.ethics()
			.stream()
			.filter((e) -> e.veto() && !e.occurredOn().isBefore(from) && !e.occurredOn().isAfter(asOf))
			.map(EthicsEntryView::occurredOn)
			.max(LocalDate::compareTo)
			.map((day) -> new Exclusion(Exclusion.Reason.ETHICS_VETO, day))
			.orElse(null);
	}

	/**
	 * Ranks the students not excluded within each quota group.
	 * @return every evaluation, the ranked ones with their place, in group and rank order
	 */
	public static List<StudentEvaluation> rank(List<StudentEvaluation> evaluations, EvaluationComponent tieBreak) {
		Comparator<StudentEvaluation> order = Comparator.comparing(StudentEvaluation::total)
			.reversed()
			.thenComparing((StudentEvaluation e) -> e.score(tieBreak), Comparator.reverseOrder())
			.thenComparing((e) -> e.student().studentNo());
		Map<String, List<StudentEvaluation>> groups = new LinkedHashMap<>();
		evaluations.stream()
			.sorted(Comparator.comparing(StudentEvaluation::group))
			.forEach((e) -> groups.computeIfAbsent(e.group(), (g) -> new ArrayList<>()).add(e));
		List<StudentEvaluation> ranked = new ArrayList<>();
		for (List<StudentEvaluation> group : groups.values()) {
			List<StudentEvaluation> in = group.stream().filter((e) -> !e.excluded()).sorted(order).toList();
			Map<BigDecimal, Integer> sameTotal = new HashMap<>();
			in.forEach((e) -> sameTotal.merge(e.total().stripTrailingZeros(), 1, Integer::sum));
			for (int i = 0; i < in.size(); i++) {
				StudentEvaluation e = in.get(i);
				ranked.add(e.ranked(i + 1, sameTotal.get(e.total().stripTrailingZeros()) > 1));
			}
			group.stream()
				.filter(StudentEvaluation::excluded)
				.sorted(Comparator.comparing((StudentEvaluation e) -> e.student().studentNo()))
				.forEach(ranked::add);
		}
		return ranked;
	}

	private static BigDecimal grades(List<GradeView> grades, List<EvaluationLine> lines) {
		// the latest sitting of each scored course counts, weighted by its credits
		Map<String, GradeView> latest = new LinkedHashMap<>();
		for (GradeView grade : grades) {
			if (grade.score() != null && !PRACTICE_COURSE.equals(grade.courseCode())) {
				latest.merge(grade.courseCode(), grade, (a, b) -> (b.attempt() > a.attempt()) ? b : a);
			}
		}
		BigDecimal credits = BigDecimal.ZERO;
		BigDecimal points = BigDecimal.ZERO;
		for (GradeView grade : latest.values()) {
			credits = credits.add(grade.credits());
			points = points.add(grade.score().multiply(grade.credits()));
			lines.add(EvaluationLine.of("award.line.grade",
					new EvaluationLine.Words(grade.courseName(), grade.courseNameEn()), grade.term(), grade.score(),
					grade.credits()));
		}
		if (credits.signum() == 0) {
			lines.add(EvaluationLine.of("award.line.noGrades"));
			return BigDecimal.ZERO;
		}
		BigDecimal average = points.divide(credits, 2, RoundingMode.HALF_UP);
		lines.add(EvaluationLine.of("award.line.gradeAverage", credits, average));
		return average;
	}

	private static BigDecimal clinical(EvaluationRules rules, List<RotationView> rotations,
			List<EvaluationLine> lines) {
		BigDecimal retake = rules.param(EvaluationComponent.CLINICAL, "retake", "60");
		BigDecimal sum = BigDecimal.ZERO;
		int assessed = 0;
		for (RotationView rotation : rotations) {
			if (rotation.examResult() == null) {
				continue;
			}
			assessed++;
			BigDecimal score;
			String key;
			if (rotation.examResult().passed()) {
				score = HUNDRED;
				key = "award.line.rotationPassed";
			}
			else if (rotation.retakeResult() != null && rotation.retakeResult().passed()) {
				score = retake;
				key = "award.line.rotationRetake";
			}
			else {
				score = BigDecimal.ZERO;
				key = "award.line.rotationFailed";
			}
			sum = sum.add(score);
			lines.add(EvaluationLine.of(key, rotation.departmentName(), rotation.endDate(), score));
		}
		if (assessed == 0) {
			lines.add(EvaluationLine.of("award.line.noRotations"));
			return BigDecimal.ZERO;
		}
		BigDecimal average = sum.divide(BigDecimal.valueOf(assessed), 2, RoundingMode.HALF_UP);
		lines.add(EvaluationLine.of("award.line.rotationAverage", assessed, average));
		return average;
	}

	private static BigDecimal research(EvaluationRules rules, List<PublicationView> publications,
			List<EvaluationLine> lines) {
		BigDecimal sum = BigDecimal.ZERO;
		for (PublicationView publication : publications) {
			String indexing = (publication.indexing() != null) ? publication.indexing().toLowerCase() : "other";
			BigDecimal points = rules.param(EvaluationComponent.RESEARCH, indexing, "0");
			sum = sum.add(points);
			lines.add(EvaluationLine.of("award.line.publication", publication.title(), publication.journal(),
					"#achievement.indexing." + ((publication.indexing() != null) ? publication.indexing() : "OTHER"),
					points));
		}
		if (publications.isEmpty()) {
			lines.add(EvaluationLine.of("award.line.noPublications"));
		}
		else if (sum.compareTo(HUNDRED) > 0) {
			lines.add(EvaluationLine.of("award.line.capped", sum));
		}
		return sum;
	}

	private static BigDecimal service(EvaluationRules rules, List<GradeView> grades,
			List<PeerMentoringRecords.MentorService> mentoring, List<EvaluationLine> lines) {
		BigDecimal perCredit = rules.param(EvaluationComponent.SERVICE, "perCredit", "0");
		BigDecimal perMeeting = rules.param(EvaluationComponent.SERVICE, "perMeeting", "0");
		BigDecimal sum = BigDecimal.ZERO;
		for (GradeView grade : grades) {
			if (PRACTICE_COURSE.equals(grade.courseCode()) && grade.credits() != null) {
				BigDecimal points = grade.credits().multiply(perCredit);
				sum = sum.add(points);
				lines.add(EvaluationLine.of("award.line.practice", grade.term(), grade.credits(), points));
			}
		}
		for (PeerMentoringRecords.MentorService service : mentoring) {
			BigDecimal points = perMeeting.multiply(BigDecimal.valueOf(service.meetings()));
			sum = sum.add(points);
			lines.add(EvaluationLine.of("award.line.mentoring", service.termCode(), service.mentees(),
					service.meetings(), points));
		}
		if (sum.signum() == 0 && mentoring.isEmpty()) {
			lines.add(EvaluationLine.of("award.line.noPractice"));
		}
		return sum;
	}

	private static BigDecimal ethics(EvaluationRules rules, List<EthicsEntryView> entries, List<EvaluationLine> lines) {
		BigDecimal base = rules.param(EvaluationComponent.ETHICS, "base", "100");
		BigDecimal positive = rules.param(EvaluationComponent.ETHICS, "positive", "0");
		BigDecimal negative = rules.param(EvaluationComponent.ETHICS, "negative", "0");
		lines.add(EvaluationLine.of("award.line.ethicsBase", base));
		BigDecimal sum = base;
		for (EthicsEntryView entry : entries) {
			BigDecimal points = entry.positive() ? positive : negative.negate();
			sum = sum.add(points);
			lines.add(EvaluationLine.of("award.line.ethicsEntry", "#" + entry.source().messageKey(), entry.occurredOn(),
					points));
		}
		return sum;
	}

}
