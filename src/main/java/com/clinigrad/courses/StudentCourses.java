package com.clinigrad.courses;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.clinigrad.organization.Organization;
import com.clinigrad.organization.OwnUniversity;
import com.clinigrad.organization.ProgramRef;
import com.clinigrad.shared.SchoolTime;
import com.clinigrad.students.StudentCard;
import com.clinigrad.students.StudentRegistry;
import com.clinigrad.students.StudentRow;
import com.clinigrad.students.StudentStatus;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A student's courses as the student, their supervisors, their hospital office and the
 * graduate school see them: every sitting, credits against the program's minimums, failed
 * required courses against the thresholds. Only for callers who may see the student;
 * anyone else gets a 404.
 */
@Service
public class StudentCourses {

	private final JdbcClient jdbc;

	private final StudentRegistry students;

	private final CourseRecords records;

	private final CreditRequirements requirements;

	private final Organization organization;

	private final TranscriptPdf pdf;

	private final OwnUniversity ownUniversity;

	/**
	 * What applies when the program has no rule set for the cohort: the default pass
	 * mark.
	 */
	private static final CreditRequirements.Minimums NO_MINIMUMS = new CreditRequirements.Minimums(
			CreditRequirements.Minimums.DEFAULT_PASS_MARK, null, Map.of());

	StudentCourses(JdbcClient jdbc, StudentRegistry students, CourseRecords records, CreditRequirements requirements,
			Organization organization, TranscriptPdf pdf, OwnUniversity ownUniversity) {
		this.ownUniversity = ownUniversity;
		this.jdbc = jdbc;
		this.students = students;
		this.records = records;
		this.requirements = requirements;
		this.organization = organization;
		this.pdf = pdf;
	}

	/**
	 * A student's course record — credits, every sitting, failures — from one read of the
	 * grades, the rule set and the course policy.
	 * @throws CourseNotFoundException when there is no such student or the caller may not
	 * see them
	 */
	@Transactional(readOnly = true)
	public StudentCourseRecord record(String studentNo) {
		StudentCard student = student(studentNo);
		Optional<CreditRequirements.Minimums> ruleSet = this.requirements.of(student.programCode(),
				student.cohortYear());
		CreditRequirements.Minimums minimums = ruleSet.orElse(NO_MINIMUMS);
		List<GradeView> grades = this.records.gradesOf(student.id());
		return new StudentCourseRecord(student, credits(student, grades, minimums, ruleSet.isPresent()),
				sittings(grades, minimums.passMark(), provisional(student.id())),
				standing(grades, policy(student.programCode()), minimums.passMark()));
	}

	/**
	 * The transcript of a student the caller may see.
	 * @param allAttempts every sitting, or only the ones that count
	 */
	@Transactional(readOnly = true)
	public Transcript transcript(String studentNo, boolean allAttempts) {
		StudentCourseRecord record = record(studentNo);
		ProgramRef program = this.organization.program(record.student().programCode())
			.orElseThrow(() -> new CourseNotFoundException("program " + record.student().programCode()));
		return new Transcript(record.student(), this.ownUniversity.of(program), program, record.sittings(),
				record.credits(), allAttempts, SchoolTime.today());
	}

	/**
	 * @return the transcript as the official PDF
	 */
	public byte[] transcriptPdf(Transcript transcript) {
		return this.pdf.render(transcript);
	}

	/**
	 * @throws CourseNotFoundException when there is no such student or the caller may not
	 * see them
	 */
	@Transactional(readOnly = true)
	public StudentCard student(String studentNo) {
		long id = this.students.visibleKey(studentNo)
			.orElseThrow(() -> new CourseNotFoundException("student " + studentNo))
			.id();
		return this.students.cardsByIds(List.of(id)).get(id);
	}

	/**
	 * @return the student's sittings ({@code code/term}) whose class's grade sheet is not
	 * submitted: the instructor may still change them
	 */
	private Set<String> provisional(long studentId) {
		return new HashSet<>(this.jdbc.sql("""
				select c.code || '/' || o.term from grade g
				join course_offering o on o.course_id = g.course_id and o.term = g.term
				join grade_sheet s on s.offering_id = o.id join course c on c.id = o.course_id
				where g.student_id = :s and s.status <> :submitted
				""")
			.param("s", studentId)
			.param("submitted", GradeSheetStatus.SUBMITTED.name())
			.query(String.class)
			.list());
	}

	/**
	 * Every sitting, oldest term first, the counting one marked.
	 */
	private static List<TranscriptLine> sittings(List<GradeView> grades, BigDecimal passMark, Set<String> provisional) {
		Map<String, GradeView> latest = latest(grades);
		List<TranscriptLine> lines = new ArrayList<>();
		for (GradeView grade : grades) {
			lines.add(new TranscriptLine(grade.term(), grade.courseCode(), grade.courseName(), grade.courseNameEn(),
					grade.category(), grade.credits(), grade.attempt(), grade.score(), grade.result(),
					passed(grade, passMark), latest.get(grade.courseCode()) == grade,
					provisional.contains(grade.courseCode() + "/" + grade.term())));
		}
		lines.sort(Comparator.comparing(TranscriptLine::term)
			.thenComparing(TranscriptLine::category)
			.thenComparing(TranscriptLine::courseCode)
			.thenComparingInt(TranscriptLine::attempt));
		return lines;
	}

	/**
	 * Credits earned per category (latest attempt passed), against the program's
	 * minimums, with the credits of enrolled courses not yet graded as in progress.
	 */
	private CreditSummary credits(StudentCard student, List<GradeView> grades, CreditRequirements.Minimums minimums,
			boolean ruleSet) {
		Map<CourseCategory, BigDecimal> earned = new EnumMap<>(CourseCategory.class);
		Set<String> passedCodes = new HashSet<>();
		for (GradeView grade : latest(grades).values()) {
			if (passed(grade, minimums.passMark())) {
				passedCodes.add(grade.courseCode());
				earned.merge(grade.category(), grade.credits(), BigDecimal::add);
			}
		}
		Map<CourseCategory, BigDecimal> inProgress = new EnumMap<>(CourseCategory.class);
		this.jdbc.sql("""
				select c.code, c.category, c.credits from enrollment e
				join course_offering o on o.id = e.offering_id join course c on c.id = o.course_id
				where e.student_id = :s and not exists (select 1 from grade g where g.student_id = e.student_id
				    and g.course_id = o.course_id and g.term = o.term)
				""").param("s", student.id()).query((rs) -> {
			if (!passedCodes.contains(rs.getString("code"))) {
				inProgress.merge(CourseCategory.valueOf(rs.getString("category")), rs.getBigDecimal("credits"),
						BigDecimal::add);
			}
		});
		List<CreditSummary.Line> lines = new ArrayList<>();
		BigDecimal totalEarned = BigDecimal.ZERO;
		BigDecimal totalInProgress = BigDecimal.ZERO;
		for (CourseCategory category : CourseCategory.values()) {
			BigDecimal categoryEarned = earned.getOrDefault(category, BigDecimal.ZERO);
			BigDecimal categoryInProgress = inProgress.getOrDefault(category, BigDecimal.ZERO);
			totalEarned = totalEarned.add(categoryEarned);
			totalInProgress = totalInProgress.add(categoryInProgress);
			lines.add(new CreditSummary.Line(category, categoryEarned, minimums.byCategory().get(category),
					categoryInProgress));
		}
		return new CreditSummary(lines, new CreditSummary.Line(null, totalEarned, minimums.total(), totalInProgress),
				minimums.passMark(), ruleSet);
	}

	/**
	 * The students in training (enrolled or delayed) the caller may see who failed a
	 * required course, worst first.
	 */
	@Transactional(readOnly = true)
	public List<FailureWarning> warnings() {
		List<Long> candidates = this.jdbc.sql("""
				select distinct g.student_id from grade g join course c on c.id = g.course_id
				where c.category <> :elective and (g.result = :fail or g.score < :mark)
				""")
			.param("elective", CourseCategory.ELECTIVE.name())
			.param("fail", GradeResult.FAIL.name())
			.param("mark", this.requirements.highestPassMark())
			.query(Long.class)
			.list();
		List<StudentCard> inTraining = this.students.visibleCards(candidates)
			.values()
			.stream()
			.filter((s) -> s.status() == StudentStatus.ENROLLED || s.status() == StudentStatus.DELAYED)
			.toList();
		Map<Long, FailureStanding> standings = standings(inTraining);
		List<FailureWarning> warnings = new ArrayList<>();
		for (StudentCard student : inTraining) {
			FailureStanding standing = standings.get(student.id());
			if (standing.level() != FailureStanding.Level.NONE) {
				warnings.add(new FailureWarning(student, standing));
			}
		}
		warnings.sort(Comparator.comparing((FailureWarning w) -> w.standing().level())
			.reversed()
			.thenComparing(Comparator.comparingInt((FailureWarning w) -> w.standing().total()).reversed())
			.thenComparing((w) -> w.student().studentNo()));
		return warnings;
	}

	/**
	 * {@link #warnings()}, each with the student's list row (program, cohort, hospital,
	 * supervisor) for the list's filters and columns.
	 */
	@Transactional(readOnly = true)
	public List<FailureWarningRow> warningRows() {
		List<FailureWarning> warnings = warnings();
		Map<Long, StudentRow> rows = this.students.visibleRows(warnings.stream().map((w) -> w.student().id()).toList());
		return warnings.stream()
			.filter((w) -> rows.containsKey(w.student().id()))
			.map((w) -> new FailureWarningRow(rows.get(w.student().id()), w.standing()))
			.toList();
	}

	/**
	 * The failure standing of many students at once, without a caller check (the
	 * diversion scan of the eligibility module checks its caller).
	 */
	@Transactional(readOnly = true)
	public Map<Long, FailureStanding> standingsOf(Collection<Long> studentIds) {
		return standings(this.students.cardsByIds(studentIds).values());
	}

	/**
	 * One query for the grades; the policy and pass mark once per program and cohort.
	 */
	private Map<Long, FailureStanding> standings(Collection<StudentCard> students) {
		Map<Long, List<GradeView>> grades = this.records.gradesOf(students.stream().map(StudentCard::id).toList());
		Map<String, CoursePolicy> policies = new HashMap<>();
		Map<String, BigDecimal> passMarks = new HashMap<>();
		Map<Long, FailureStanding> standings = new HashMap<>();
		for (StudentCard student : students) {
			CoursePolicy policy = policies.computeIfAbsent(student.programCode(), this::policy);
			BigDecimal passMark = passMarks.computeIfAbsent(student.programCode() + "/" + student.cohortYear(),
					(key) -> this.requirements.of(student.programCode(), student.cohortYear())
						.orElse(NO_MINIMUMS)
						.passMark());
			standings.put(student.id(), standing(grades.getOrDefault(student.id(), List.of()), policy, passMark));
		}
		return standings;
	}

	/**
	 * @return the program's practice-credit bounds and failure thresholds
	 */
	@Transactional(readOnly = true)
	public CoursePolicy policy(String programCode) {
		return this.jdbc.sql("""
				select program_code, practice_credits_min, practice_credits_max, term_failure_limit,
				    total_failure_limit from course_policy where program_code = :p
				""")
			.param("p", programCode)
			.query((rs, n) -> new CoursePolicy(rs.getString("program_code"), rs.getBigDecimal("practice_credits_min"),
					rs.getBigDecimal("practice_credits_max"), rs.getInt("term_failure_limit"),
					rs.getInt("total_failure_limit")))
			.optional()
			.orElse(new CoursePolicy(programCode, null, null, 2, 3));
	}

	private static FailureStanding standing(Collection<GradeView> grades, CoursePolicy policy, BigDecimal passMark) {
		Map<String, Set<String>> byTerm = new LinkedHashMap<>();
		Set<String> failed = new HashSet<>();
		for (GradeView grade : grades) {
			if (grade.category() != CourseCategory.ELECTIVE && !passed(grade, passMark)) {
				byTerm.computeIfAbsent(grade.term(), (t) -> new HashSet<>()).add(grade.courseCode());
				failed.add(grade.courseCode());
			}
		}
		String worstTerm = null;
		int worst = 0;
		for (Map.Entry<String, Set<String>> term : byTerm.entrySet()) {
			if (term.getValue().size() > worst) {
				worst = term.getValue().size();
				worstTerm = term.getKey();
			}
		}
		int outstanding = (int) latest(List.copyOf(grades)).values()
			.stream()
			.filter((grade) -> grade.category() != CourseCategory.ELECTIVE && !passed(grade, passMark))
			.count();
		return new FailureStanding(worstTerm, worst, failed.size(), outstanding, policy.termFailureLimit(),
				policy.totalFailureLimit());
	}

	/**
	 * The latest attempt of each course counts (a retake is a new attempt).
	 */
	static Map<String, GradeView> latest(List<GradeView> grades) {
		Map<String, GradeView> latest = new LinkedHashMap<>();
		for (GradeView grade : grades) {
			GradeView current = latest.get(grade.courseCode());
			if (current == null || grade.attempt() > current.attempt()
					|| (grade.attempt() == current.attempt() && grade.term().compareTo(current.term()) > 0)) {
				latest.put(grade.courseCode(), grade);
			}
		}
		return latest;
	}

	static boolean passed(GradeView grade, BigDecimal passMark) {
		if (grade.score() != null) {
			return Scores.passes(grade.score(), passMark);
		}
		return GradeResult.isPass(grade.result());
	}

	/**
	 * A student the caller may see, with their failure standing.
	 */
	public record FailureWarning(StudentCard student, FailureStanding standing) {
	}

	/**
	 * A student who failed required courses, with the student's list row.
	 */
	public record FailureWarningRow(StudentRow student, FailureStanding standing) {
	}

}
