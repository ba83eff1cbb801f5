package com.clinigrad.rotations;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import com.clinigrad.accounts.CurrentUser;
import com.clinigrad.organization.DepartmentView;
import com.clinigrad.organization.Organization;
import com.clinigrad.shared.BusinessRuleException;
import com.clinigrad.shared.Confirmation;
import com.clinigrad.shared.SchoolTime;
import com.clinigrad.students.StudentKey;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Assessments of clinical training. The coordinator of the rotation's department records
 * the end-of-rotation exam (one retake for a failed exam; its result is the rotation's
 * exam result the audit reads), Mini-CEX, DOPS and medical-record writing; the student's
 * hospital office records the annual assessment. Nobody else.
 */
@Service
public class RotationAssessments {

	/** Scores from this on pass. */
	public static final BigDecimal PASS_MARK = BigDecimal.valueOf(60);

	/**
	 * The kinds withdrawn when recorded by mistake (the exit exam is corrected instead).
	 */
	public static final java.util.Set<AssessmentKind> WITHDRAWABLE = java.util.Set.of(AssessmentKind.MINI_CEX,
			AssessmentKind.DOPS, AssessmentKind.MEDICAL_RECORD);

	/**
	 * The exit exam (出科考核) is sat in the rotation's last two weeks (a default: the
	 * sources say only "at the end of the rotation"); its retake on a later day.
	 */
	public static final int EXIT_EXAM_DAYS = 14;

	private final JdbcClient jdbc;

	private final RotationAccess access;

	private final RotationBoard board;

	private final Organization organization;

	private final ApplicationEventPublisher events;

	RotationAssessments(JdbcClient jdbc, RotationAccess access, RotationBoard board, Organization organization,
			ApplicationEventPublisher events) {
		this.events = events;
		this.jdbc = jdbc;
		this.access = access;
		this.board = board;
		this.organization = organization;
	}

	/**
	 * @return which of these rotations the caller may assess
	 * ({@link RotationAccess#mayAssess}), by id: what the pages offer an assessment link
	 * for
	 */
	public java.util.Set<Long> assessable(java.util.Collection<ScheduledRotation> rotations) {
		java.util.Set<Long> ids = new java.util.HashSet<>();
		for (ScheduledRotation rotation : rotations) {
			if (!rotation.status().cancelled()
					&& this.access.mayAssess(rotation.hospitalCode(), rotation.departmentCode())) {
				ids.add(rotation.id());
			}
		}
		return ids;
	}

	/**
	 * A rotation the caller may assess, with its student.
	 */
	@Transactional(readOnly = true)
	public RotationBoard.DepartmentTrainee trainee(long rotationId) {
		ScheduledRotation rotation = this.board.find(rotationId);
		this.access.requireAssessor(this.organization.department(rotation.departmentId()));
		return this.board.trainees(" where r.id = :id", Map.of("id", rotationId)).get(0);
	}

	/**
	 * The theory score an online exit exam released for a rotation, if any; for its
	 * assessors.
	 */
	@Transactional(readOnly = true)
	public java.util.Optional<OnlineTheoryScore> onlineTheoryScore(long rotationId) {
		ScheduledRotation rotation = this.board.find(rotationId);
		this.access.requireAssessor(this.organization.department(rotation.departmentId()));
		return this.jdbc.sql("""
				select theory_exam_score, theory_exam_sitting_id from rotation
				where id = :id and theory_exam_sitting_id is not null
				""")
			.param("id", rotationId)
			.query((rs, n) -> new OnlineTheoryScore(rs.getBigDecimal(1), rs.getLong(2)))
			.optional();
	}

	/**
	 * The assessments of a rotation; for its assessors.
	 */
	@Transactional(readOnly = true)
	public List<AssessmentView> ofRotation(long rotationId) {
		ScheduledRotation rotation = this.board.find(rotationId);
		this.access.requireAssessor(this.organization.department(rotation.departmentId()));
		return query("a.rotation_id = :r", Map.of("r", rotationId));
	}

	/**
	 * Every assessment of a student the caller may see, newest first.
	 */
	@Transactional(readOnly = true)
	public List<AssessmentView> ofStudent(String studentNo) {
		StudentKey student = this.access.visibleStudent(studentNo);
		return query("a.student_id = :s", Map.of("s", student.id()));
	}

	/**
	 * Every assessment of a student, newest first, for a module that has checked the
	 * caller's right to see the student by its own relation (a clinical postdoc's mentor
	 * group, which the student register does not know).
	 */
	@Transactional(readOnly = true)
	public List<AssessmentView> ofStudentCheckedBy(long studentId) {
		return query("a.student_id = :s", Map.of("s", studentId));
	}

	/**
	 * Records an assessment of a rotation; its assessors only (the coordinator of its
	 * department or its hospital's office).
	 * @param expectedVersion the rotation's version the form was shown with: an exit exam
	 * from a form shown before the last result was recorded is refused (a second submit
	 * would otherwise count as the retake)
	 */
	@Transactional
	public void record(long rotationId, Long expectedVersion, AssessmentCommand command) {
		ScheduledRotation rotation = this.board.find(rotationId);
		DepartmentView department = this.organization.department(rotation.departmentId());
		CurrentUser assessor = this.access.requireAssessor(department);
		if (command.kind() == AssessmentKind.ANNUAL) {
			throw new BusinessRuleException("assessment.error.annualByOffice");
		}
		LocalDate today = SchoolTime.today();
		if (rotation.status().cancelled()) {
			throw new BusinessRuleException("assessment.error.cancelled");
		}
		if (rotation.startDate().isAfter(today)) {
			throw new BusinessRuleException("assessment.error.notStarted");
		}
		if (command.assessedOn() == null || command.assessedOn().isAfter(today)
				|| command.assessedOn().isBefore(rotation.startDate())) {
			throw new BusinessRuleException("assessment.error.date", rotation.startDate().toString(), today.toString());
		}
		int attempt = 1;
		Boolean passed = null;
		switch (command.kind()) {
			case EXIT_EXAM -> {
				requireScore(command.theoryScore(), "assessment.error.score.theory");
				requireScore(command.skillsScore(), "assessment.error.score.skills");
				if (rotation.passed()) {
					throw new BusinessRuleException("assessment.error.alreadyPassed");
				}
				if (rotation.retakeResult() != null) {
					throw new BusinessRuleException("assessment.error.noMoreRetakes");
				}
				if (expectedVersion != null && expectedVersion != rotation.version()) {
					throw new org.springframework.dao.OptimisticLockingFailureException("Rotation changed meanwhile");
				}
				attempt = (rotation.examResult() == null) ? 1 : 2;
				requireExitExamDay(rotation, attempt, command.assessedOn());
				passed = command.theoryScore().compareTo(PASS_MARK) >= 0
						&& command.skillsScore().compareTo(PASS_MARK) >= 0;
				setResult(rotation, attempt, passed, assessor);
				this.events
					.publishEvent(new RotationExamRecorded(rotation.studentId(), rotationId, attempt == 2, passed));
			}
			case MEDICAL_RECORD -> {
				requireScore(command.score(), "assessment.error.score.score");
				passed = command.score().compareTo(PASS_MARK) >= 0;
			}
			case MINI_CEX, DOPS -> {
				if (command.ratings().isEmpty()) {
					throw new BusinessRuleException("assessment.error.ratingsRequired");
				}
			}
			default -> throw new IllegalStateException();
		}
		insert(rotation.studentId(), rotationId, command, attempt, null, passed, assessor);
	}

	/**
	 * Corrects the latest exit exam of a rotation (the retake if there is one, else the
	 * first sitting): its date and scores, with the reason; a result that came with an
	 * import (no sitting recorded) is corrected by recording the sitting. Its assessors
	 * only. The rotation's result follows the corrected scores, what the sitting said
	 * before is kept with the reason, and the audit hears of the new result.
	 * @param expectedVersion the rotation's version the form was shown with
	 * @param confirmed whether the form's confirmation was ticked (checked after the
	 * caller's scope)
	 */
	@Transactional
	public void correctExam(long rotationId, Long expectedVersion, LocalDate on, BigDecimal theory, BigDecimal skills,
			String reason, boolean confirmed) {
		ScheduledRotation rotation = this.board.find(rotationId);
		CurrentUser user = this.access.requireAssessor(this.organization.department(rotation.departmentId()));
		Confirmation.require(confirmed, "assessment.correction.error.confirm");
		if (rotation.examResult() == null) {
			throw new BusinessRuleException("assessment.correction.error.nothing");
		}
		requireReason(reason, "assessment.correction.error.reason");
		requireScore(theory, "assessment.error.score.theory");
		requireScore(skills, "assessment.error.score.skills");
		if (expectedVersion != null && expectedVersion != rotation.version()) {
			throw new org.springframework.dao.OptimisticLockingFailureException("Rotation changed meanwhile");
		}
		int attempt = (rotation.retakeResult() != null) ? 2 : 1;
		LocalDate today = SchoolTime.today();
		if (on == null || on.isAfter(today) || on.isBefore(rotation.startDate())) {
			throw new BusinessRuleException("assessment.error.date", rotation.startDate().toString(), today.toString());
		}
		requireExitExamDay(rotation, attempt, on);
		// an imported result has no sitting: the correction records it
		AssessmentView sitting = query("a.rotation_id = :r and a.kind = :kind and a.attempt = :attempt",
				Map.of("r", rotationId, "kind", AssessmentKind.EXIT_EXAM.name(), "attempt", attempt))
			.stream()
			.findFirst()
			.orElse(null);
		boolean oldPassed = ((attempt == 2) ? rotation.retakeResult() : rotation.examResult()).passed();
		boolean passed = theory.compareTo(PASS_MARK) >= 0 && skills.compareTo(PASS_MARK) >= 0;
		setResult(rotation, attempt, passed, user);
		if (sitting != null) {
			this.jdbc.sql("""
					update rotation_assessment set theory_score = :theory, skills_score = :skills, passed = :passed,
					    assessed_on = :on
					where id = :id""")
				.param("theory", theory)
				.param("skills", skills)
				.param("passed", passed)
				.param("on", on)
				.param("id", sitting.id())
				.update();
		}
		else {
			insert(rotation.studentId(), rotationId,
					new AssessmentCommand(AssessmentKind.EXIT_EXAM, on, theory, skills, null, Map.of(), null), attempt,
					null, passed, user);
		}
		this.jdbc
			.sql("""
					insert into rotation_exam_correction (rotation_id, attempt, old_on, old_theory, old_skills, old_passed,
					    new_on, new_theory, new_skills, new_passed, reason, corrected_by)
					values (:r, :attempt, :oldOn, :oldTheory, :oldSkills, :oldPassed, :on, :theory, :skills, :passed, :reason,
					    :who)""")
			.param("r", rotationId)
			.param("attempt", attempt)
			.param("oldOn", (sitting != null) ? sitting.assessedOn() : null, java.sql.Types.DATE)
			.param("oldTheory", (sitting != null) ? sitting.theoryScore() : null, java.sql.Types.NUMERIC)
			.param("oldSkills", (sitting != null) ? sitting.skillsScore() : null, java.sql.Types.NUMERIC)
			.param("oldPassed", oldPassed)
			.param("on", on)
			.param("theory", theory)
			.param("skills", skills)
			.param("passed", passed)
			.param("reason", reason.strip())
			.param("who", user.displayName())
			.update();
		this.events.publishEvent(new RotationExamRecorded(rotation.studentId(), rotationId, attempt == 2, passed));
	}

	/**
	 * Sets the result of the exam ({@code attempt} 1) or its retake (2) on the rotation,
	 * if it is still at the version read.
	 */
	private void setResult(ScheduledRotation rotation, int attempt, boolean passed, CurrentUser who) {
		int updated = this.jdbc.sql("""
				update rotation set %s = :result, version = version + 1, recorded_by = :who, recorded_at = now()
				where id = :id and version = :version
				""".formatted((attempt == 1) ? "exam_result" : "retake_result"))
			.param("result", ExamResult.of(passed).name())
			.param("who", who.username())
			.param("id", rotation.id())
			.param("version", rotation.version())
			.update();
		if (updated == 0) {
			throw new org.springframework.dao.OptimisticLockingFailureException("Rotation changed meanwhile");
		}
	}

	/**
	 * The corrections of a rotation's exit exam, newest first; for its assessors.
	 */
	@Transactional(readOnly = true)
	public List<ExamCorrection> corrections(long rotationId) {
		ScheduledRotation rotation = this.board.find(rotationId);
		this.access.requireAssessor(this.organization.department(rotation.departmentId()));
		return this.jdbc.sql("""
				select attempt, old_on, old_theory, old_skills, old_passed, new_on, new_theory, new_skills, new_passed,
				       reason, corrected_by, corrected_at
				from rotation_exam_correction where rotation_id = :r order by corrected_at desc, id desc""")
			.param("r", rotationId)
			.query((rs, n) -> new ExamCorrection(rs.getInt("attempt"), rs.getObject("old_on", LocalDate.class),
					rs.getBigDecimal("old_theory"), rs.getBigDecimal("old_skills"), rs.getBoolean("old_passed"),
					rs.getObject("new_on", LocalDate.class), rs.getBigDecimal("new_theory"),
					rs.getBigDecimal("new_skills"), rs.getBoolean("new_passed"), rs.getString("reason"),
					rs.getString("corrected_by"), rs.getObject("corrected_at", java.time.OffsetDateTime.class)))
			.list();
	}

	/**
	 * What a correction of an exit exam changed, and why.
	 */
	public record ExamCorrection(int attempt, LocalDate oldOn, BigDecimal oldTheory, BigDecimal oldSkills,
			boolean oldPassed, LocalDate newOn, BigDecimal newTheory, BigDecimal newSkills, boolean newPassed,
			String reason, String correctedBy, java.time.OffsetDateTime correctedAt) {
	}

	/**
	 * @return the first day the exit exam of a rotation may be sat:
	 * {@link #EXIT_EXAM_DAYS} days before its last day, or its first day when it is
	 * shorter
	 */
	public static LocalDate examOpens(ScheduledRotation rotation) {
		LocalDate opens = rotation.endDate().minusDays(EXIT_EXAM_DAYS - 1);
		return opens.isBefore(rotation.startDate()) ? rotation.startDate() : opens;
	}

	/**
	 * The exit exam's days, for recording and for correcting it alike: the first sitting
	 * in the rotation's last {@link #EXIT_EXAM_DAYS} days, the retake on a later day than
	 * the first sitting.
	 */
	private void requireExitExamDay(ScheduledRotation rotation, int attempt, LocalDate on) {
		if (attempt == 1 && on.isBefore(examOpens(rotation))) {
			throw new BusinessRuleException("assessment.error.exitTooEarly", String.valueOf(EXIT_EXAM_DAYS),
					examOpens(rotation).toString());
		}
		if (attempt == 2) {
			LocalDate first = firstSitting(rotation.id());
			if (first != null && !on.isAfter(first)) {
				throw new BusinessRuleException("assessment.error.retakeDate", first.toString());
			}
		}
	}

	private LocalDate firstSitting(long rotationId) {
		return this.jdbc.sql("""
				select assessed_on from rotation_assessment where rotation_id = :r and kind = :kind and attempt = 1
				order by id desc limit 1""")
			.param("r", rotationId)
			.param("kind", AssessmentKind.EXIT_EXAM.name())
			.query(LocalDate.class)
			.optional()
			.orElse(null);
	}

	/**
	 * Records the annual assessment of a student; the student's hospital office (or the
	 * graduate school). One retake after a failure.
	 */
	@Transactional
	public void recordAnnual(String studentNo, int year, AssessmentCommand command) {
		StudentKey student = this.access.visibleStudent(studentNo);
		CurrentUser assessor = this.access.requirePlanner(student);
		requireScore(command.score(), "assessment.error.score.score");
		LocalDate today = SchoolTime.today();
		if (command.assessedOn() == null || command.assessedOn().isAfter(today)) {
			throw new BusinessRuleException("assessment.error.annualDate", today.toString());
		}
		if (year < student.cohortYear() || year > today.getYear()) {
			throw new BusinessRuleException("assessment.error.year", String.valueOf(student.cohortYear()),
					String.valueOf(today.getYear()));
		}
		List<AssessmentView> earlier = query("a.student_id = :s and a.kind = 'ANNUAL' and a.assessment_year = :y",
				Map.of("s", student.id(), "y", year));
		if (earlier.stream().anyMatch((a) -> Boolean.TRUE.equals(a.passed()))) {
			throw new BusinessRuleException("assessment.error.alreadyPassed");
		}
		if (earlier.size() >= 2) {
			throw new BusinessRuleException("assessment.error.noMoreRetakes");
		}
		boolean passed = command.score().compareTo(PASS_MARK) >= 0;
		insert(student.id(), null, command, earlier.size() + 1, year, passed, assessor);
	}

	private void insert(long studentId, Long rotationId, AssessmentCommand command, int attempt, Integer year,
			Boolean passed, CurrentUser assessor) {
		for (Integer rating : command.ratings().values()) {
			if (rating == null || rating < 1 || rating > 9) {
				throw new BusinessRuleException("assessment.error.rating");
			}
		}
		this.jdbc
			.sql("""
					insert into rotation_assessment (student_id, rotation_id, kind, attempt, assessment_year, theory_score,
					    skills_score, score, passed, professionalism, knowledge_skills, patient_care, communication, teaching,
					    lifelong_learning, comments, assessed_on, assessor)
					values (:s, :r, :kind, :attempt, :year, :theory, :skills, :score, :passed, :p1, :p2, :p3, :p4, :p5, :p6,
					    :comments, :on, :assessor)
					""")
			.param("s", studentId)
			.param("r", rotationId)
			.param("kind", command.kind().name())
			.param("attempt", attempt)
			.param("year", year)
			.param("theory", command.theoryScore())
			.param("skills", command.skillsScore())
			.param("score", command.score())
			.param("passed", passed)
			.param("p1", command.ratings().get(Competency.PROFESSIONALISM))
			.param("p2", command.ratings().get(Competency.KNOWLEDGE_SKILLS))
			.param("p3", command.ratings().get(Competency.PATIENT_CARE))
			.param("p4", command.ratings().get(Competency.COMMUNICATION))
			.param("p5", command.ratings().get(Competency.TEACHING))
			.param("p6", command.ratings().get(Competency.LIFELONG_LEARNING))
			.param("comments",
					(command.comments() == null || command.comments().isBlank()) ? null : command.comments().trim())
			.param("on", command.assessedOn())
			.param("assessor", assessor.displayName())
			.update();
	}

	/**
	 * Withdraws (作废) a workplace assessment of a rotation recorded by mistake — a
	 * Mini-CEX, a DOPS or a medical-record score; exit exams are corrected instead
	 * ({@link #correctExam}): it stays on record with the reason, who and when, and no
	 * longer counts anywhere. Its assessors only.
	 * @param confirmed whether the form's confirmation was ticked (checked after the
	 * caller's scope)
	 */
	@Transactional
	public void withdraw(long rotationId, long assessmentId, String reason, boolean confirmed) {
		ScheduledRotation rotation = this.board.find(rotationId);
		CurrentUser user = this.access.requireAssessor(this.organization.department(rotation.departmentId()));
		AssessmentView assessment = query("a.rotation_id = :r and a.id = :id",
				Map.of("r", rotationId, "id", assessmentId))
			.stream()
			.findFirst()
			.orElseThrow(() -> new RotationNotFoundException("assessment " + assessmentId));
		if (!WITHDRAWABLE.contains(assessment.kind())) {
			throw new BusinessRuleException("assessment.withdraw.error.kind");
		}
		Confirmation.require(confirmed, "assessment.withdraw.error.confirm");
		requireReason(reason, "assessment.withdraw.error.reason");
		int updated = this.jdbc.sql("""
				update rotation_assessment set withdrawn_at = now(), withdrawn_by = :who, withdrawn_reason = :reason
				where id = :id and withdrawn_at is null""")
			.param("who", user.displayName())
			.param("reason", reason.strip())
			.param("id", assessmentId)
			.update();
		if (updated == 0) {
			throw new org.springframework.dao.OptimisticLockingFailureException("Assessment withdrawn meanwhile");
		}
	}

	/**
	 * The withdrawn assessments of a rotation, newest first; for its assessors.
	 */
	@Transactional(readOnly = true)
	public List<WithdrawnAssessment> withdrawn(long rotationId) {
		ScheduledRotation rotation = this.board.find(rotationId);
		this.access.requireAssessor(this.organization.department(rotation.departmentId()));
		return this.jdbc
			.sql("""
					select kind, assessed_on, assessor, withdrawn_at, withdrawn_by, withdrawn_reason from rotation_assessment
					where rotation_id = :r and withdrawn_at is not null order by withdrawn_at desc, id desc""")
			.param("r", rotationId)
			.query((rs, n) -> new WithdrawnAssessment(AssessmentKind.valueOf(rs.getString("kind")),
					rs.getObject("assessed_on", LocalDate.class), rs.getString("assessor"),
					rs.getObject("withdrawn_at", java.time.OffsetDateTime.class), rs.getString("withdrawn_by"),
					rs.getString("withdrawn_reason")))
			.list();
	}

	/**
	 * A workplace assessment withdrawn: what it was, and who withdrew it, when and why.
	 */
	public record WithdrawnAssessment(AssessmentKind kind, LocalDate assessedOn, String assessor,
			java.time.OffsetDateTime withdrawnAt, String withdrawnBy, String reason) {
	}

	/**
	 * The assessments that count: every recorded one that was not withdrawn.
	 */
	private List<AssessmentView> query(String condition, Map<String, Object> params) {
		return this.jdbc
			.sql("select a.* from rotation_assessment a where a.withdrawn_at is null and (" + condition
					+ ") order by a.assessed_on desc, a.id desc")
			.params(params)
			.query((rs, n) -> {
				Map<Competency, Integer> ratings = new EnumMap<>(Competency.class);
				for (Competency competency : Competency.values()) {
					Object value = rs.getObject(competency.column());
					if (value != null) {
						ratings.put(competency, ((Number) value).intValue());
					}
				}
				return new AssessmentView(rs.getLong("id"), (Long) rs.getObject("rotation_id"),
						AssessmentKind.valueOf(rs.getString("kind")), rs.getInt("attempt"),
						(Integer) rs.getObject("assessment_year"), rs.getBigDecimal("theory_score"),
						rs.getBigDecimal("skills_score"), rs.getBigDecimal("score"), (Boolean) rs.getObject("passed"),
						ratings, rs.getString("comments"), rs.getObject("assessed_on", LocalDate.class),
						rs.getString("assessor"));
			})
			.list();
	}

	/**
	 * A correction or a withdrawal says why, in at most 500 characters.
	 */
	private static void requireReason(String reason, String messageKey) {
		if (reason == null || reason.isBlank() || reason.strip().length() > 500) {
			throw new BusinessRuleException(messageKey);
		}
	}

	private static void requireScore(BigDecimal score, String messageKey) {
		if (score == null || score.signum() < 0 || score.compareTo(BigDecimal.valueOf(100)) > 0) {
			throw new BusinessRuleException(messageKey);
		}
	}

}
