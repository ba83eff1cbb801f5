package com.clinigrad.awards;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import com.clinigrad.accounts.CurrentUser;
import com.clinigrad.accounts.CurrentUsers;
import com.clinigrad.accounts.Role;
import com.clinigrad.achievements.AchievementRecords;
import com.clinigrad.achievements.PublicationView;
import com.clinigrad.courses.CourseRecords;
import com.clinigrad.courses.GradeView;
import com.clinigrad.eligibility.DiversionCaseWorkflow;
import com.clinigrad.eligibility.OpenDelayCase;
import com.clinigrad.rotations.RotationRecords;
import com.clinigrad.rotations.RotationView;
import com.clinigrad.students.AdmissionType;
import com.clinigrad.students.DegreeType;
import com.clinigrad.students.StudentFacts;
import com.clinigrad.students.StudentKey;
import com.clinigrad.students.StudentRegistry;
import com.clinigrad.students.StudentStatus;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Runs a scheme's comprehensive evaluation (综合测评) from the records: the eligible
 * population of its ranked awards, one set-based read per module (grades, rotation
 * assessments, confirmed publications, the ethics file, the diversion cases in which a
 * delay was chosen), the pure {@link ComprehensiveEvaluation}, and the ranking per quota
 * group. The graduate school sees every student, a hospital office its hospital's; a
 * student or a supervisor sees their own result through {@link #ofStudent}.
 */
@Service
@Transactional(readOnly = true)
public class AwardEvaluations {

	private final AwardSchemes schemes;

	private final StudentRegistry students;

	private final CourseRecords courses;

	private final RotationRecords rotations;

	private final AchievementRecords achievements;

	private final EthicsFile ethics;

	private final DiversionCaseWorkflow cases;

	private final JdbcClient jdbc;

	private final CurrentUsers currentUsers;

	private final ObjectProvider<PeerMentoringRecords> mentoring;

	AwardEvaluations(AwardSchemes schemes, StudentRegistry students, CourseRecords courses, RotationRecords rotations,
			AchievementRecords achievements, EthicsFile ethics, DiversionCaseWorkflow cases, JdbcClient jdbc,
			CurrentUsers currentUsers, ObjectProvider<PeerMentoringRecords> mentoring) {
		this.mentoring = mentoring;
		this.schemes = schemes;
		this.students = students;
		this.courses = courses;
		this.rotations = rotations;
		this.achievements = achievements;
		this.ethics = ethics;
		this.cases = cases;
		this.jdbc = jdbc;
		this.currentUsers = currentUsers;
	}

	/**
	 * The evaluation of a scheme's population on a day, for the offices.
	 */
	public EvaluationView evaluation(long schemeId, LocalDate asOf) {
		CurrentUser user = this.currentUsers.require(Role.GRAD_SCHOOL, Role.HOSPITAL_OFFICE);
		SchemeView scheme = this.schemes.scheme(schemeId);
		List<StudentEvaluation> all = evaluate(scheme, asOf);
		List<StudentEvaluation> visible = user.has(Role.GRAD_SCHOOL) ? all
				: all.stream().filter((e) -> user.isOfficeOf(e.student().hospitalCode())).toList();
		return new EvaluationView(scheme, asOf, visible);
	}

	/**
	 * One student's evaluation with its records, for whoever may see the student.
	 * @throws AwardNotFoundException when the caller may not see the student, or the
	 * student is not in the scheme's population
	 */
	public StudentEvaluationView ofStudent(long schemeId, String studentNo, LocalDate asOf) {
		StudentKey key = this.students.visibleKey(studentNo)
			.orElseThrow(() -> new AwardNotFoundException("student " + studentNo));
		SchemeView scheme = this.schemes.load(schemeId)
			.orElseThrow(() -> new AwardNotFoundException("scheme " + schemeId));
		StudentEvaluation evaluation = evaluate(scheme, asOf).stream()
			.filter((e) -> e.student().id() == key.id())
			.findFirst()
			.orElseThrow(() -> new AwardNotFoundException("evaluation of " + studentNo));
		return new StudentEvaluationView(scheme, asOf, evaluation);
	}

	/**
	 * The one check of "this student is in the scheme's evaluation" (综合测评的参评学生): a
	 * student of its programs in training, admitted by one of its ranked awards (any
	 * student when it ranks none). A student's awards page links to their evaluation only
	 * then.
	 */
	static boolean evaluates(SchemeView scheme, String programCode, StudentStatus status, DegreeType degreeType,
			AdmissionType admissionType, int cohortYear) {
		if (!scheme.programCodes().contains(programCode) || !StudentStatus.IN_TRAINING.contains(status)) {
			return false;
		}
		List<AwardTypeView> ranked = scheme.types().stream().filter((t) -> t.allocation().ranked()).toList();
		return ranked.isEmpty()
				|| ranked.stream().anyMatch((t) -> t.admits(degreeType, admissionType, cohortYear, scheme.year()));
	}

	List<StudentEvaluation> evaluate(SchemeView scheme, LocalDate asOf) {
		List<StudentFacts> population = this.students.factsOf(scheme.programCodes())
			.stream()
			.filter((s) -> evaluates(scheme, s.programCode(), s.status(), s.degreeType(), s.admissionType(),
					s.cohortYear()))
			.toList();
		Set<Long> ids = population.stream().map(StudentFacts::id).collect(Collectors.toSet());
		Map<Long, List<GradeView>> grades = this.courses.gradesOf(ids);
		Map<Long, List<RotationView>> rotationsById = this.rotations.rotationsOf(ids);
		Map<Long, List<PublicationView>> publications = this.achievements.publicationsOf(ids);
		Map<Long, List<EthicsEntryView>> entries = this.ethics.entriesOf(ids);
		Map<Long, OpenDelayCase> delayCases = this.cases.openDelayCases(ids);
		Map<Long, List<PeerMentoringRecords.MentorService>> mentors = new java.util.HashMap<>();
		this.mentoring.orderedStream()
			.forEach((source) -> source.mentorServiceOf(ids)
				.forEach((id, services) -> mentors.computeIfAbsent(id, (k) -> new ArrayList<>()).addAll(services)));
		EvaluationRules rules = rules(scheme);
		List<StudentEvaluation> evaluations = new ArrayList<>(population.size());
		for (StudentFacts student : population) {
			long id = student.id();
			evaluations.add(ComprehensiveEvaluation.evaluate(rules,
					new EvaluationInput(student, null, grades.getOrDefault(id, List.of()),
							rotationsById.getOrDefault(id, List.of()), publications.getOrDefault(id, List.of()),
							entries.getOrDefault(id, List.of()), delayCases.get(id),
							mentors.getOrDefault(id, List.of())),
					asOf));
		}
		return ComprehensiveEvaluation.rank(evaluations, scheme.tieBreak());
	}

	EvaluationRules rules(SchemeView scheme) {
		Map<EvaluationComponent, Map<String, String>> params = new EnumMap<>(EvaluationComponent.class);
		this.jdbc.sql("select code, params from award_component where scheme_id = :s")
			.param("s", scheme.id())
			.query((rs) -> {
				Map<String, String> values = new LinkedHashMap<>();
				for (String pair : rs.getString("params").split(";")) {
					int eq = pair.indexOf('=');
					if (eq > 0) {
						values.put(pair.substring(0, eq).strip(), pair.substring(eq + 1).strip());
					}
				}
				params.put(EvaluationComponent.valueOf(rs.getString("code")), values);
			});
		Map<EvaluationComponent, BigDecimal> weights = new LinkedHashMap<>();
		scheme.weights().forEach((component, weight) -> {
			if (weight.signum() > 0) {
				weights.put(component, weight);
			}
		});
		return new EvaluationRules(weights, params, scheme.tieBreak(), scheme.vetoMonths());
	}

}
