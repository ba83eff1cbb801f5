package com.clinigrad.competency;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.clinigrad.rotations.AssessmentView;
import com.clinigrad.rotations.Competency;
import com.clinigrad.rotations.RotationAssessments;
import com.clinigrad.students.StudentCard;
import com.clinigrad.students.StudentKey;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Competency profiles (胜任力档案) of trainees — clinical postdocs and residency-track
 * students alike: every recorded assessment read as levels of the competencies it
 * evidences ({@link CompetencyFramework#sources()}), over time.
 */
@Service
public class CompetencyProfiles {

	private static final String[] COLOURS = { "#0d6efd", "#198754", "#dc3545", "#fd7e14", "#6f42c1", "#20c997" };

	private final CompetencyAccess access;

	private final CompetencyFramework framework;

	private final RotationAssessments assessments;

	private final List<ProfileEvidence> ownEvidence;

	private final JsonMapper json;

	CompetencyProfiles(CompetencyAccess access, CompetencyFramework framework, RotationAssessments assessments,
			List<ProfileEvidence> ownEvidence, JsonMapper json) {
		this.access = access;
		this.framework = framework;
		this.assessments = assessments;
		this.ownEvidence = ownEvidence;
		this.json = json;
	}

	/**
	 * The profile of a trainee the caller may see.
	 * @param english whether the chart's names are English
	 */
	@Transactional(readOnly = true)
	public ProfileView of(String studentNo, boolean english) {
		StudentKey student = this.access.visibleOrMentored(studentNo);
		StudentCard card = this.access.students().cardsByIds(List.of(student.id())).get(student.id());
		List<CompetencyView> competencies = this.framework.competencies();
		List<SourceView> sources = this.framework.sources();
		List<Evidence> evidence = new ArrayList<>(
				fromRotations(this.assessments.ofStudentCheckedBy(student.id()), sources));
		for (ProfileEvidence source : this.ownEvidence) {
			evidence.addAll(source.of(student.id(), sources));
		}
		evidence.sort(Comparator.comparing(Evidence::on).reversed().thenComparing(Evidence::kind));
		Map<String, CompetencyView> byCode = competencies.stream()
			.collect(Collectors.toMap(CompetencyView::code, Function.identity()));
		List<ProfileView.Row> rows = new ArrayList<>();
		for (CompetencyView competency : competencies) {
			List<Evidence> own = evidence.stream().filter((e) -> e.competencyCode().equals(competency.code())).toList();
			BigDecimal current = null;
			if (!own.isEmpty()) {
				YearMonth latest = YearMonth.from(own.get(0).on());
				current = LevelReading.mean(own.stream()
					.filter((e) -> YearMonth.from(e.on()).equals(latest))
					.map(Evidence::level)
					.toList());
			}
			rows.add(new ProfileView.Row(competency, current, competency.levelOf(current), own.size()));
		}
		List<ProfileView.Reading> readings = evidence.stream()
			.map((e) -> new ProfileView.Reading(e, byCode.get(e.competencyCode())))
			.toList();
		return new ProfileView(studentNo, card.name(), student.programCode(), rows, readings,
				chart(competencies, evidence, english));
	}

	/**
	 * Reads rotation assessments as levels: the rating given a competency, or the score
	 * (an exit exam's skills score where given, else its theory score).
	 */
	static List<Evidence> fromRotations(List<AssessmentView> recorded, List<SourceView> sources) {
		List<Evidence> evidence = new ArrayList<>();
		for (AssessmentView assessment : recorded) {
			EvidenceKind kind = EvidenceKind.valueOf(assessment.kind().name());
			for (SourceView source : sources) {
				if (source.kind() != kind) {
					continue;
				}
				BigDecimal value;
				if (source.readsRating()) {
					Integer rating = assessment.ratings().get(Competency.valueOf(source.competencyCode()));
					value = rating == null ? null : BigDecimal.valueOf(rating);
				}
				else {
					value = assessment.skillsScore() != null ? assessment.skillsScore()
							: assessment.theoryScore() != null ? assessment.theoryScore() : assessment.score();
				}
				if (value != null) {
					evidence.add(new Evidence(assessment.assessedOn(), kind, source.competencyCode(), value,
							LevelReading.level(value, source.scaleMin(), source.scaleMax())));
				}
			}
		}
		return evidence;
	}

	private String chart(List<CompetencyView> competencies, List<Evidence> evidence, boolean english) {
		TreeSet<YearMonth> months = evidence.stream()
			.map((e) -> YearMonth.from(e.on()))
			.collect(Collectors.toCollection(TreeSet::new));
		List<Map<String, Object>> datasets = new ArrayList<>();
		int colour = 0;
		for (CompetencyView competency : competencies) {
			Map<YearMonth, List<BigDecimal>> byMonth = new TreeMap<>();
			evidence.stream()
				.filter((e) -> e.competencyCode().equals(competency.code()))
				.forEach((e) -> byMonth.computeIfAbsent(YearMonth.from(e.on()), (k) -> new ArrayList<>())
					.add(e.level()));
			List<BigDecimal> data = months.stream()
				.map((m) -> byMonth.containsKey(m) ? LevelReading.mean(byMonth.get(m)) : null)
				.toList();
			Map<String, Object> dataset = new LinkedHashMap<>();
			dataset.put("label", competency.name(english));
			dataset.put("data", data);
			dataset.put("borderColor", COLOURS[colour % COLOURS.length]);
			dataset.put("backgroundColor", COLOURS[colour % COLOURS.length]);
			dataset.put("spanGaps", true);
			dataset.put("tension", 0.2);
			datasets.add(dataset);
			colour++;
		}
		Map<String, Object> chart = new LinkedHashMap<>();
		chart.put("labels", months.stream().map(YearMonth::toString).toList());
		chart.put("datasets", datasets);
		return this.json.writeValueAsString(chart);
	}

}
