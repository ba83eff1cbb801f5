package com.clinigrad.courses;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.clinigrad.accounts.CurrentUser;
import com.clinigrad.accounts.CurrentUsers;
import com.clinigrad.accounts.Role;
import com.clinigrad.organization.Organization;
import com.clinigrad.organization.ProgramRef;
import com.clinigrad.shared.BusinessRuleException;
import com.clinigrad.students.StudentCard;
import com.clinigrad.students.StudentKey;
import com.clinigrad.students.StudentRegistry;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Practice / innovation credits (DOMAIN §3.1, §5): the student applies with a summary
 * report and attachments, the hospital's education office reviews, the graduate school
 * decides after its expert review and awards elective credits within the program's
 * bounds. Every step keeps who, when and why; a rejection must say why. The
 * {@link PracticeApplication} guards its chain; this service checks who the caller is.
 */
@Service
public class PracticeCredits {

	/** The catalog course the awarded credits are recorded under. */
	public static final String COURSE_CODE = "PRACTICE";

	static final int MAX_ATTACHMENTS = 5;

	/** Five files of 5 MB stay within the 30 MB a request may carry. */
	static final int MAX_ATTACHMENT_BYTES = 5 * 1024 * 1024;

	static final Set<String> ATTACHMENT_TYPES = Set.of("application/pdf", "image/png", "image/jpeg",
			"application/vnd.openxmlformats-officedocument.wordprocessingml.document");

	private final PracticeApplicationRepository applications;

	private final JdbcClient jdbc;

	private final CurrentUsers currentUsers;

	private final StudentRegistry students;

	private final StudentCourses studentCourses;

	private final CourseRecords records;

	private final CourseCatalog catalog;

	private final Organization organization;

	PracticeCredits(PracticeApplicationRepository applications, JdbcClient jdbc, CurrentUsers currentUsers,
			StudentRegistry students, StudentCourses studentCourses, CourseRecords records, CourseCatalog catalog,
			Organization organization) {
		this.organization = organization;
		this.applications = applications;
		this.jdbc = jdbc;
		this.currentUsers = currentUsers;
		this.students = students;
		this.studentCourses = studentCourses;
		this.records = records;
		this.catalog = catalog;
	}

	/**
	 * @return the program's bounds for the calling student
	 */
	@Transactional(readOnly = true)
	public CoursePolicy callerPolicy() {
		return this.studentCourses.policy(callerStudent().programCode());
	}

	/**
	 * @return whether practice credits concern the caller: the offices that review them,
	 * and a student whose program awards them or who has applied before (a student whose
	 * program counts none has no menu entry for them)
	 */
	@Transactional(readOnly = true)
	public boolean concernCaller() {
		CurrentUser user = this.currentUsers.current();
		if (user.hasAny(Role.GRAD_SCHOOL, Role.HOSPITAL_OFFICE)) {
			return true;
		}
		if (!user.has(Role.STUDENT) || user.studentNo() == null) {
			return false;
		}
		StudentKey student = this.students.keysByStudentNo(List.of(user.studentNo())).get(user.studentNo());
		return student != null && (this.studentCourses.policy(student.programCode()).awardsPracticeCredits()
				|| this.applications.existsByStudentId(student.id()));
	}

	/**
	 * @return whether the caller is a student, who applies, rather than an office that
	 * reviews
	 */
	public boolean callerApplies() {
		return this.currentUsers.current().has(Role.STUDENT);
	}

	/**
	 * @return the calling student's program, to name it where its rules are stated
	 */
	@Transactional(readOnly = true)
	public Optional<ProgramRef> callerProgram() {
		return this.organization.program(callerStudent().programCode());
	}

	/**
	 * The calling student applies.
	 * @return the application's id
	 */
	@Transactional
	public long apply(PracticeCommand command) {
		return submit(callerStudent(), command, this.catalog.currentTerm(), this.currentUsers.current().displayName());
	}

	/**
	 * Records an application made outside the app, with the checks {@link #apply} makes
	 * (the program's bounds, one at a time, the attachments), but no caller check: for
	 * loaders that run without a logged-in user (the demo university).
	 * @param actor the name the history shows for the student's step
	 * @return the application's id
	 */
	@Transactional
	public long recordApplication(long studentId, PracticeCommand command, String term, String actor) {
		StudentCard student = this.students.cardsByIds(List.of(studentId)).get(studentId);
		if (student == null) {
			throw new CourseNotFoundException("student " + studentId);
		}
		return submit(student, command, term, actor);
	}

	private long submit(StudentCard student, PracticeCommand command, String term, String actor) {
		CoursePolicy policy = this.studentCourses.policy(student.programCode());
		policy.requirePracticeCredits(command.creditsRequested());
		if (this.applications.existsByStudentIdAndStatusIn(student.id(), PracticeStatus.HELD)) {
			throw new BusinessRuleException("practice.error.onlyOnce");
		}
		if (command.attachments().size() > MAX_ATTACHMENTS) {
			throw new BusinessRuleException("practice.error.tooManyFiles", String.valueOf(MAX_ATTACHMENTS));
		}
		for (PracticeCommand.File file : command.attachments()) {
			if (file.content().length > MAX_ATTACHMENT_BYTES) {
				throw new BusinessRuleException("practice.error.fileTooLarge", file.filename());
			}
			if (!ATTACHMENT_TYPES.contains(file.contentType())) {
				throw new BusinessRuleException("practice.error.fileType", file.filename());
			}
		}
		long id = this.applications
			.save(PracticeApplication.submit(student.id(), command.title(), command.summary(),
					command.creditsRequested(), term, actor))
			.getId();
		for (PracticeCommand.File file : command.attachments()) {
			this.jdbc.sql("""
					insert into practice_attachment (application_id, filename, content_type, size_bytes, content)
					values (:a, :name, :type, :size, :content)
					""")
				.param("a", id)
				.param("name", file.filename())
				.param("type", file.contentType())
				.param("size", file.content().length)
				.param("content", file.content())
				.update();
		}
		return id;
	}

	/**
	 * The hospital office of the student's hospital approves or rejects (with a reason).
	 */
	@Transactional
	public void hospitalReview(long id, long version, boolean approve, String reason) {
		CurrentUser user = this.currentUsers.require(Role.HOSPITAL_OFFICE);
		PracticeApplication application = load(id);
		String hospitalCode = card(application).hospitalCode();
		if (!user.isOfficeOf(hospitalCode)) {
			throw new AccessDeniedException("Not this student's hospital office");
		}
		application.reviewByHospital(approve, reason, user.displayName());
		save(application, version);
	}

	/**
	 * Records a hospital office's review made outside the app, with the checks
	 * {@link #hospitalReview} makes of the application (awaiting the hospital, a reason
	 * for a rejection), but no caller check: for loaders that run without a logged-in
	 * user (the demo university).
	 * @param actor the office the history names
	 */
	@Transactional
	public void recordHospitalReview(long id, boolean approve, String reason, String actor) {
		PracticeApplication application = this.applications.findById(id)
			.orElseThrow(() -> new CourseNotFoundException("practice application " + id));
		application.reviewByHospital(approve, reason, actor);
		this.applications.saveAndFlush(application);
	}

	/**
	 * The graduate school decides after its expert review; approval awards credits within
	 * the program's bounds, recorded as a passed elective.
	 */
	@Transactional
	public void schoolDecision(long id, long version, boolean approve, BigDecimal credits, String reason) {
		CurrentUser user = this.currentUsers.require(Role.GRAD_SCHOOL);
		PracticeApplication application = load(id);
		StudentCard student = this.studentCourses.student(card(application).studentNo());
		application.decideBySchool(approve, credits, this.studentCourses.policy(student.programCode()), reason,
				user.displayName());
		save(application, version);
		if (approve) {
			this.records.recordAwardedCredits(student.id(), COURSE_CODE, application.getTerm(),
					application.getCreditsAwarded());
		}
	}

	/**
	 * @return the calling student's applications, newest first
	 */
	@Transactional(readOnly = true)
	public List<PracticeApplicationView> mine() {
		StudentCard student = callerStudent();
		return applicationsWhere("a.student_id = :s", Map.of("s", student.id()));
	}

	/**
	 * @return what awaits the caller: the hospital office its hospital's submitted
	 * applications, the graduate school those the hospitals approved
	 */
	@Transactional(readOnly = true)
	public List<PracticeApplicationView> queue() {
		CurrentUser user = this.currentUsers.current();
		if (user.has(Role.GRAD_SCHOOL)) {
			return applicationsWhere("a.status = :status", Map.of("status", PracticeStatus.HOSPITAL_APPROVED.name()));
		}
		if (user.has(Role.HOSPITAL_OFFICE) && user.hospitalCode() != null) {
			return applicationsWhere("a.status = :status", Map.of("status", PracticeStatus.SUBMITTED.name()),
					(student) -> user.isOfficeOf(student.hospitalCode()));
		}
		throw new AccessDeniedException("No review queue");
	}

	/**
	 * @return the caller's view of every application they may see (office history)
	 */
	@Transactional(readOnly = true)
	public List<PracticeApplicationView> decided() {
		CurrentUser user = this.currentUsers.require(Role.GRAD_SCHOOL, Role.HOSPITAL_OFFICE);
		return applicationsWhere("a.status in (:statuses)",
				Map.of("statuses", PracticeStatus.DECIDED.stream().map(PracticeStatus::name).toList()),
				(student) -> user.has(Role.GRAD_SCHOOL) || user.isOfficeOf(student.hospitalCode()));
	}

	/**
	 * One application, for anyone who may see its student.
	 */
	@Transactional(readOnly = true)
	public PracticeApplicationView application(long id) {
		List<PracticeApplicationView> found = applicationsWhere("a.id = :id", Map.of("id", id));
		if (found.isEmpty() || !this.students.isVisible(found.get(0).studentNo())) {
			throw new CourseNotFoundException("practice application " + id);
		}
		return found.get(0);
	}

	/**
	 * An attachment's content, for anyone who may see the application.
	 */
	@Transactional(readOnly = true)
	public PracticeCommand.File attachment(long applicationId, long attachmentId) {
		application(applicationId);
		return this.jdbc.sql("""
				select filename, content_type, content from practice_attachment where id = :id and application_id = :a
				""")
			.param("id", attachmentId)
			.param("a", applicationId)
			.query((rs, n) -> new PracticeCommand.File(rs.getString("filename"), rs.getString("content_type"),
					rs.getBytes("content")))
			.optional()
			.orElseThrow(() -> new CourseNotFoundException("attachment " + attachmentId));
	}

	/**
	 * @return the application, if the caller may see its student
	 */
	private PracticeApplication load(long id) {
		return this.applications.findById(id)
			.filter((application) -> this.students.isVisible(card(application).studentNo()))
			.orElseThrow(() -> new CourseNotFoundException("practice application " + id));
	}

	private StudentCard card(PracticeApplication application) {
		return this.students.cardsByIds(List.of(application.getStudentId())).get(application.getStudentId());
	}

	private void save(PracticeApplication application, long version) {
		if (application.getVersion() != version) {
			throw new OptimisticLockingFailureException("Application " + application.getId() + " changed meanwhile");
		}
		this.applications.saveAndFlush(application);
	}

	private List<PracticeApplicationView> applicationsWhere(String condition, Map<String, Object> params) {
		return applicationsWhere(condition, params, (student) -> true);
	}

	/**
	 * The applications matching the condition whose student passes the filter; steps and
	 * attachments are read for all of them in one query each.
	 */
	private List<PracticeApplicationView> applicationsWhere(String condition, Map<String, Object> params,
			java.util.function.Predicate<StudentCard> students) {
		List<Object[]> rows = new ArrayList<>();
		this.jdbc.sql("""
				select a.id, a.student_id, a.title, a.summary, a.credits_requested, a.credits_awarded, a.status, a.term,
				    a.submitted_at, a.version
				from practice_application a where %s order by a.submitted_at desc, a.id desc
				""".formatted(condition)).params(params).query((rs) -> {
			rows.add(new Object[] { rs.getLong("id"), rs.getLong("student_id"), rs.getString("title"),
					rs.getString("summary"), rs.getBigDecimal("credits_requested"), rs.getBigDecimal("credits_awarded"),
					PracticeStatus.valueOf(rs.getString("status")), rs.getString("term"),
					rs.getObject("submitted_at", OffsetDateTime.class), rs.getLong("version") });
		});
		Map<Long, StudentCard> cards = this.students.cardsByIds(rows.stream().map((r) -> (Long) r[1]).toList());
		rows.removeIf((r) -> !students.test(cards.get((Long) r[1])));
		if (rows.isEmpty()) {
			return List.of();
		}
		List<Long> ids = rows.stream().map((r) -> (Long) r[0]).toList();
		Map<Long, List<PracticeApplicationView.Step>> steps = new HashMap<>();
		this.jdbc.sql("""
				select application_id, step, decision, credits, reason, actor, acted_at from practice_step
				where application_id in (:ids) order by acted_at, id
				""").param("ids", ids).query((rs) -> {
			steps.computeIfAbsent(rs.getLong("application_id"), (a) -> new ArrayList<>())
				.add(new PracticeApplicationView.Step(PracticeStage.valueOf(rs.getString("step")),
						PracticeDecision.valueOf(rs.getString("decision")), rs.getBigDecimal("credits"),
						rs.getString("reason"), rs.getString("actor"), rs.getObject("acted_at", OffsetDateTime.class)));
		});
		Map<Long, List<PracticeApplicationView.Attachment>> attachments = new HashMap<>();
		this.jdbc.sql("""
				select application_id, id, filename, content_type, size_bytes from practice_attachment
				where application_id in (:ids) order by id
				""").param("ids", ids).query((rs) -> {
			attachments.computeIfAbsent(rs.getLong("application_id"), (a) -> new ArrayList<>())
				.add(new PracticeApplicationView.Attachment(rs.getLong("id"), rs.getString("filename"),
						rs.getString("content_type"), rs.getInt("size_bytes")));
		});
		List<PracticeApplicationView> applications = new ArrayList<>();
		for (Object[] r : rows) {
			long id = (Long) r[0];
			StudentCard student = cards.get((Long) r[1]);
			applications.add(new PracticeApplicationView(id, student.studentNo(), student.name(),
					student.hospitalCode(), (String) r[2], (String) r[3], (BigDecimal) r[4], (BigDecimal) r[5],
					(PracticeStatus) r[6], (String) r[7], (OffsetDateTime) r[8], (Long) r[9],
					steps.getOrDefault(id, List.of()), attachments.getOrDefault(id, List.of())));
		}
		return applications;
	}

	private StudentCard callerStudent() {
		CurrentUser user = this.currentUsers.require(Role.STUDENT);
		return this.studentCourses.student(user.studentNo());
	}

}
