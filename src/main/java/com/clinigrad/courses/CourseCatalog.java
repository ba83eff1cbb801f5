package com.clinigrad.courses;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.clinigrad.accounts.CurrentUser;
import com.clinigrad.accounts.CurrentUsers;
import com.clinigrad.accounts.Role;
import com.clinigrad.organization.Organization;
import com.clinigrad.organization.TermRef;
import com.clinigrad.shared.BusinessRuleException;
import com.clinigrad.shared.SchoolTime;
import com.clinigrad.students.StudentCard;
import com.clinigrad.students.StudentRegistry;
import com.clinigrad.supervisors.SupervisorDirectory;
import com.clinigrad.supervisors.SupervisorRef;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The course catalog, its offerings per term and who is enrolled in them. Everyone with a
 * place in the programs may read the catalog and the offerings; graduate-school staff
 * edit them and enroll students; a student enrolls themself in an offering of the current
 * or a coming term while it has room.
 */
@Service
public class CourseCatalog {

	static final Set<Role> READERS = Set.of(Role.GRAD_SCHOOL, Role.DEGREE_COMMITTEE, Role.HOSPITAL_OFFICE,
			Role.DEPT_COORDINATOR, Role.SUPERVISOR, Role.STUDENT);

	private static final String OFFERING_SELECT = """
			select o.id, c.code, c.name, c.name_en, c.category, c.credits, o.term, o.instructor_id, o.capacity,
			    o.grading, o.evaluation_open, o.version, s.status as sheet_status,
			    (select count(*) from enrollment e where e.offering_id = o.id) as enrolled,
			    (select count(*) from enrollment e join grade g on g.student_id = e.student_id
			        and g.course_id = o.course_id and g.term = o.term where e.offering_id = o.id) as graded
			from course_offering o join course c on c.id = o.course_id join grade_sheet s on s.offering_id = o.id
			""";

	private final JdbcClient jdbc;

	private final CurrentUsers currentUsers;

	private final Organization organization;

	private final SupervisorDirectory supervisors;

	private final StudentRegistry students;

	CourseCatalog(JdbcClient jdbc, CurrentUsers currentUsers, Organization organization,
			SupervisorDirectory supervisors, StudentRegistry students) {
		this.jdbc = jdbc;
		this.currentUsers = currentUsers;
		this.organization = organization;
		this.supervisors = supervisors;
		this.students = students;
	}

	/**
	 * @param query part of a code or name, or {@code null}
	 * @param category one category, or {@code null}
	 */
	@Transactional(readOnly = true)
	public List<CatalogCourse> courses(String query, CourseCategory category) {
		requireReader();
		String like = (query == null || query.isBlank()) ? null : "%" + query.trim().toLowerCase() + "%";
		return this.jdbc.sql("""
				select id, code, name, name_en, category, credits, hours, language, instructor, department, version
				from course
				where (cast(:like as text) is null or lower(code) like :like or lower(name) like :like
				       or lower(coalesce(name_en, '')) like :like or lower(coalesce(instructor, '')) like :like)
				  and (cast(:category as text) is null or category = :category)
				order by category, code
				""")
			.param("like", like)
			.param("category", (category != null) ? category.name() : null)
			.query((rs, n) -> new CatalogCourse(rs.getLong("id"), rs.getString("code"), rs.getString("name"),
					rs.getString("name_en"), CourseCategory.valueOf(rs.getString("category")),
					rs.getBigDecimal("credits"), (Integer) rs.getObject("hours"), rs.getString("language"),
					rs.getString("instructor"), rs.getString("department"), rs.getLong("version")))
			.list();
	}

	@Transactional(readOnly = true)
	public CatalogCourse course(String code) {
		requireReader();
		return findCourse(code).orElseThrow(() -> new CourseNotFoundException(code));
	}

	/**
	 * Adds a course; graduate-school staff only.
	 * @throws BusinessRuleException when the code is taken
	 */
	@Transactional
	public void create(CourseCommand command) {
		this.currentUsers.require(Role.GRAD_SCHOOL);
		if (findCourse(command.code()).isPresent()) {
			throw new BusinessRuleException("course.error.codeTaken", command.code());
		}
		this.jdbc.sql("""
				insert into course (code, name, name_en, category, credits, hours, language, instructor, department)
				values (:code, :name, :nameEn, :category, :credits, :hours, :language, :instructor, :department)
				""").params(params(command)).update();
	}

	/**
	 * Edits a course; graduate-school staff only.
	 * @throws OptimisticLockingFailureException when someone else saved it meanwhile
	 */
	@Transactional
	public void edit(String code, long version, CourseCommand command) {
		this.currentUsers.require(Role.GRAD_SCHOOL);
		course(code);
		Map<String, Object> params = params(command);
		params.put("code", code);
		params.put("version", version);
		int updated = this.jdbc.sql("""
				update course set name = :name, name_en = :nameEn, category = :category, credits = :credits,
				    hours = :hours, language = :language, instructor = :instructor, department = :department,
				    version = version + 1, updated_at = now()
				where code = :code and version = :version
				""").params(params).update();
		if (updated == 0) {
			throw new OptimisticLockingFailureException("Course " + code + " was changed meanwhile");
		}
	}

	/**
	 * @return the terms of the academic calendar, newest first
	 */
	public List<TermRef> terms() {
		List<TermRef> terms = new ArrayList<>(this.organization.terms());
		terms.sort((a, b) -> b.code().compareTo(a.code()));
		return terms;
	}

	/**
	 * @return the term that holds today, else the next one to begin, else the latest
	 */
	public String currentTerm() {
		LocalDate today = SchoolTime.today();
		List<TermRef> terms = this.organization.terms();
		return terms.stream()
			.filter((t) -> !today.isBefore(t.startsOn()) && !today.isAfter(t.endsOn()))
			.findFirst()
			.or(() -> terms.stream()
				.filter((t) -> t.startsOn().isAfter(today))
				.min((a, b) -> a.startsOn().compareTo(b.startsOn())))
			.or(() -> terms.stream().max((a, b) -> a.endsOn().compareTo(b.endsOn())))
			.map(TermRef::code)
			.orElse(today.getYear() + "-1");
	}

	@Transactional(readOnly = true)
	public List<OfferingView> offerings(String term) {
		requireReader();
		return offeringsWhere("o.term = :term", Map.of("term", term));
	}

	/**
	 * @return the offerings the caller teaches, newest term first
	 */
	@Transactional(readOnly = true)
	public List<OfferingView> taughtByCaller() {
		Long instructorId = callerSupervisorId();
		if (instructorId == null) {
			return List.of();
		}
		return offeringsWhere("o.instructor_id = :instructor", Map.of("instructor", instructorId));
	}

	/**
	 * @return the offerings the calling student is enrolled in
	 */
	@Transactional(readOnly = true)
	public List<OfferingView> enrolledByCaller() {
		this.currentUsers.require(Role.STUDENT);
		Long studentId = callerStudentId();
		if (studentId == null) {
			return List.of();
		}
		return offeringsWhere("exists (select 1 from enrollment e where e.offering_id = o.id and e.student_id = :s)",
				Map.of("s", studentId));
	}

	@Transactional(readOnly = true)
	public OfferingView offering(long id) {
		requireReader();
		return findOffering(id);
	}

	/**
	 * @return whether the caller teaches this offering
	 */
	@Transactional(readOnly = true)
	public boolean teaches(long offeringId) {
		Long supervisorId = callerSupervisorId();
		if (supervisorId == null) {
			return false;
		}
		return this.jdbc.sql("select count(*) from course_offering where id = :id and instructor_id = :instructor")
			.param("id", offeringId)
			.param("instructor", supervisorId)
			.query(Long.class)
			.single() > 0;
	}

	/**
	 * The students of an offering: graduate-school staff and the offering's instructor
	 * only.
	 */
	@Transactional(readOnly = true)
	public List<StudentCard> roster(long offeringId) {
		requireStaffOrInstructor(offeringId);
		return List.copyOf(this.students.cardsByIds(enrolledIds(offeringId)).values());
	}

	/**
	 * Offers a course in a term; graduate-school staff only.
	 * @return the offering's id
	 */
	@Transactional
	public long createOffering(OfferingCommand command) {
		this.currentUsers.require(Role.GRAD_SCHOOL);
		return offer(command, this.currentUsers.currentUsername());
	}

	/**
	 * Offers a course in a term with the checks {@link #createOffering} makes, but no
	 * caller check: for loaders that run without a logged-in user (the demo university).
	 * @param createdBy the login name the offering shows as created by
	 * @return the offering's id
	 */
	@Transactional
	public long recordOffering(OfferingCommand command, String createdBy) {
		return offer(command, createdBy);
	}

	private long offer(OfferingCommand command, String createdBy) {
		CatalogCourse course = findCourse(command.courseCode())
			.orElseThrow(() -> new BusinessRuleException("course.error.unknownCourse", command.courseCode()));
		if (this.organization.term(command.term()).isEmpty()) {
			throw new BusinessRuleException("course.error.unknownTerm", command.term());
		}
		Long instructorId = instructorId(command.instructorStaffNo());
		boolean exists = this.jdbc.sql("select count(*) from course_offering where course_id = :c and term = :t")
			.param("c", course.id())
			.param("t", command.term())
			.query(Long.class)
			.single() > 0;
		if (exists) {
			throw new BusinessRuleException("course.error.offeringExists", course.code(), command.term());
		}
		long id = this.jdbc.sql("""
				insert into course_offering (course_id, term, instructor_id, capacity, grading, created_by)
				values (:course, :term, :instructor, :capacity, :grading, :by) returning id
				""")
			.param("course", course.id())
			.param("term", command.term())
			.param("instructor", instructorId)
			.param("capacity", command.capacity())
			.param("grading", command.grading().name())
			.param("by", createdBy)
			.query(Long.class)
			.single();
		// its grade sheet starts open (the column's default)
		this.jdbc.sql("insert into grade_sheet (offering_id) values (:id)").param("id", id).update();
		return id;
	}

	/**
	 * Changes an offering's instructor, capacity or grading; graduate-school staff only.
	 */
	@Transactional
	public void editOffering(long id, long version, OfferingCommand command) {
		this.currentUsers.require(Role.GRAD_SCHOOL);
		OfferingView offering = findOffering(id);
		if (command.capacity() != null && command.capacity() < offering.enrolled()) {
			throw new BusinessRuleException("course.error.capacityBelowEnrolled", String.valueOf(offering.enrolled()));
		}
		int updated = this.jdbc.sql("""
				update course_offering set instructor_id = :instructor, capacity = :capacity, grading = :grading,
				    version = version + 1
				where id = :id and version = :version
				""")
			.param("instructor", instructorId(command.instructorStaffNo()))
			.param("capacity", command.capacity())
			.param("grading", command.grading().name())
			.param("id", id)
			.param("version", version)
			.update();
		if (updated == 0) {
			throw new OptimisticLockingFailureException("Offering " + id + " was changed meanwhile");
		}
	}

	/**
	 * Opens or closes an offering's evaluation; graduate-school staff only.
	 */
	@Transactional
	public void setEvaluationOpen(long id, boolean open) {
		this.currentUsers.require(Role.GRAD_SCHOOL);
		findOffering(id);
		this.jdbc.sql("update course_offering set evaluation_open = :open, version = version + 1 where id = :id")
			.param("open", open)
			.param("id", id)
			.update();
	}

	/**
	 * Enrolls students by number; graduate-school staff only. All or nothing: an unknown
	 * number or too little room refuses the whole list.
	 * @return how many were newly enrolled
	 */
	@Transactional
	public int enroll(long offeringId, Collection<String> studentNos) {
		this.currentUsers.require(Role.GRAD_SCHOOL);
		return enrollNumbers(offeringId, studentNos, this.currentUsers.currentUsername());
	}

	/**
	 * Enrolls students by number with the checks {@link #enroll} makes (all or nothing,
	 * up to the capacity), but no caller check: for loaders that run without a logged-in
	 * user (the demo university).
	 * @param enrolledBy the login name the enrollments show as made by
	 * @return how many were newly enrolled
	 */
	@Transactional
	public int recordEnrollment(long offeringId, Collection<String> studentNos, String enrolledBy) {
		return enrollNumbers(offeringId, studentNos, enrolledBy);
	}

	private int enrollNumbers(long offeringId, Collection<String> studentNos, String enrolledBy) {
		Set<String> numbers = new LinkedHashSet<>();
		for (String no : studentNos) {
			if (no != null && !no.isBlank()) {
				numbers.add(no.trim());
			}
		}
		Map<String, Long> ids = this.students.idsByStudentNo(numbers);
		List<String> unknown = numbers.stream().filter((no) -> !ids.containsKey(no)).toList();
		if (!unknown.isEmpty()) {
			throw new BusinessRuleException("course.error.unknownStudents", String.join(", ", unknown));
		}
		return enrollIds(offeringId, ids.values(), enrolledBy);
	}

	/**
	 * Enrolls the calling student in an offering of the current or a coming term.
	 */
	@Transactional
	public void enrollCaller(long offeringId) {
		this.currentUsers.require(Role.STUDENT);
		OfferingView offering = findOffering(offeringId);
		requireOpenTerm(offering);
		Long studentId = callerStudentId();
		if (studentId == null) {
			throw new AccessDeniedException("No student record");
		}
		enrollIds(offeringId, List.of(studentId), this.currentUsers.currentUsername());
	}

	/**
	 * Withdraws the calling student from an offering not yet graded.
	 */
	@Transactional
	public void dropCaller(long offeringId) {
		this.currentUsers.require(Role.STUDENT);
		OfferingView offering = findOffering(offeringId);
		requireOpenTerm(offering);
		Long studentId = callerStudentId();
		unenrollId(offeringId, offering, studentId);
	}

	/**
	 * Takes a student off an offering's roster, unless already graded; graduate-school
	 * staff only.
	 */
	@Transactional
	public void unenroll(long offeringId, String studentNo) {
		this.currentUsers.require(Role.GRAD_SCHOOL);
		OfferingView offering = findOffering(offeringId);
		Long studentId = this.students.idsByStudentNo(List.of(studentNo)).get(studentNo);
		unenrollId(offeringId, offering, studentId);
	}

	/**
	 * @return whether the calling student is enrolled in the offering
	 */
	@Transactional(readOnly = true)
	public boolean callerEnrolled(long offeringId) {
		Long studentId = callerStudentId();
		return studentId != null && enrolledIds(offeringId).contains(studentId);
	}

	/**
	 * @return the calling student's record id, or {@code null} when the caller is no
	 * student
	 */
	Long callerStudentId() {
		CurrentUser user = this.currentUsers.current();
		if (!user.has(Role.STUDENT) || user.studentNo() == null) {
			return null;
		}
		return this.students.idsByStudentNo(List.of(user.studentNo())).get(user.studentNo());
	}

	/**
	 * @return whether the caller is graduate-school staff or the offering's instructor
	 */
	@Transactional(readOnly = true)
	public boolean mayManage(long offeringId) {
		return this.currentUsers.current().has(Role.GRAD_SCHOOL) || teaches(offeringId);
	}

	void requireStaffOrInstructor(long offeringId) {
		CurrentUser user = this.currentUsers.current();
		findOffering(offeringId);
		if (!user.has(Role.GRAD_SCHOOL) && !teaches(offeringId)) {
			throw new AccessDeniedException("Not the instructor of offering " + offeringId);
		}
	}

	List<Long> enrolledIds(long offeringId) {
		return this.jdbc.sql("select student_id from enrollment where offering_id = :o")
			.param("o", offeringId)
			.query(Long.class)
			.list();
	}

	OfferingView findOffering(long id) {
		List<OfferingView> found = offeringsWhere("o.id = :id", Map.of("id", id));
		if (found.isEmpty()) {
			throw new CourseNotFoundException("offering " + id);
		}
		return found.get(0);
	}

	long courseId(long offeringId) {
		return this.jdbc.sql("select course_id from course_offering where id = :id")
			.param("id", offeringId)
			.query(Long.class)
			.single();
	}

	Long callerSupervisorId() {
		CurrentUser user = this.currentUsers.current();
		if (user.staffNo() == null) {
			return null;
		}
		return this.supervisors.byStaffNo(user.staffNo()).map(SupervisorRef::id).orElse(null);
	}

	private int enrollIds(long offeringId, Collection<Long> studentIds, String enrolledBy) {
		OfferingView offering = lockOffering(offeringId);
		List<Long> already = enrolledIds(offeringId);
		List<Long> fresh = studentIds.stream().distinct().filter((id) -> !already.contains(id)).toList();
		if (offering.capacity() != null && already.size() + fresh.size() > offering.capacity()) {
			throw new BusinessRuleException("course.error.full", offering.courseName(), offering.term(),
					String.valueOf(offering.capacity()), String.valueOf(offering.capacity() - already.size()));
		}
		for (Long id : fresh) {
			this.jdbc.sql("insert into enrollment (offering_id, student_id, enrolled_by) values (:o, :s, :by)")
				.param("o", offeringId)
				.param("s", id)
				.param("by", enrolledBy)
				.update();
		}
		return fresh.size();
	}

	private void unenrollId(long offeringId, OfferingView offering, Long studentId) {
		if (studentId == null) {
			throw new CourseNotFoundException("enrollment");
		}
		boolean graded = this.jdbc.sql("""
				select count(*) from grade g join course_offering o on o.course_id = g.course_id and o.term = g.term
				where o.id = :o and g.student_id = :s
				""").param("o", offeringId).param("s", studentId).query(Long.class).single() > 0;
		if (graded) {
			throw new BusinessRuleException("course.error.alreadyGraded", offering.courseName());
		}
		this.jdbc.sql("delete from enrollment where offering_id = :o and student_id = :s")
			.param("o", offeringId)
			.param("s", studentId)
			.update();
	}

	private OfferingView lockOffering(long offeringId) {
		this.jdbc.sql("select id from course_offering where id = :id for update")
			.param("id", offeringId)
			.query(Long.class)
			.optional()
			.orElseThrow(() -> new CourseNotFoundException("offering " + offeringId));
		return findOffering(offeringId);
	}

	private void requireOpenTerm(OfferingView offering) {
		TermRef term = this.organization.term(offering.term()).orElse(null);
		if (term == null || term.endsOn().isBefore(SchoolTime.today())) {
			throw new BusinessRuleException("course.error.termClosed", offering.term());
		}
	}

	private List<OfferingView> offeringsWhere(String condition, Map<String, Object> params) {
		List<Object[]> rows = new ArrayList<>();
		this.jdbc.sql(OFFERING_SELECT + " where " + condition + " order by o.term desc, c.category, c.code")
			.params(params)
			.query((rs) -> {
				rows.add(new Object[] { rs.getLong("id"), rs.getString("code"), rs.getString("name"),
						rs.getString("name_en"), CourseCategory.valueOf(rs.getString("category")),
						rs.getBigDecimal("credits"), rs.getString("term"), rs.getObject("instructor_id"),
						rs.getObject("capacity"), Grading.valueOf(rs.getString("grading")),
						rs.getBoolean("evaluation_open"), rs.getInt("enrolled"), rs.getInt("graded"),
						rs.getLong("version"), GradeSheetStatus.valueOf(rs.getString("sheet_status")) });
			});
		List<Long> instructorIds = rows.stream()
			.filter((r) -> r[7] != null)
			.map((r) -> ((Number) r[7]).longValue())
			.distinct()
			.toList();
		Map<Long, SupervisorRef> instructors = instructorIds.isEmpty() ? Map.of()
				: this.supervisors.byIds(instructorIds);
		List<OfferingView> offerings = new ArrayList<>();
		for (Object[] r : rows) {
			SupervisorRef instructor = (r[7] != null) ? instructors.get(((Number) r[7]).longValue()) : null;
			offerings
				.add(new OfferingView((Long) r[0], (String) r[1], (String) r[2], (String) r[3], (CourseCategory) r[4],
						(BigDecimal) r[5], (String) r[6], (instructor != null) ? instructor.staffNo() : null,
						(instructor != null) ? instructor.name() : null, (Integer) r[8], (Grading) r[9],
						(Boolean) r[10], (Integer) r[11], (Integer) r[12], (Long) r[13], (GradeSheetStatus) r[14]));
		}
		return offerings;
	}

	private Long instructorId(String staffNo) {
		if (staffNo == null || staffNo.isBlank()) {
			return null;
		}
		return this.supervisors.byStaffNo(staffNo.trim())
			.map(SupervisorRef::id)
			.orElseThrow(() -> new BusinessRuleException("course.error.unknownInstructor", staffNo));
	}

	private Optional<CatalogCourse> findCourse(String code) {
		return this.jdbc.sql("""
				select id, code, name, name_en, category, credits, hours, language, instructor, department, version
				from course where code = :code
				""")
			.param("code", code)
			.query((rs, n) -> new CatalogCourse(rs.getLong("id"), rs.getString("code"), rs.getString("name"),
					rs.getString("name_en"), CourseCategory.valueOf(rs.getString("category")),
					rs.getBigDecimal("credits"), (Integer) rs.getObject("hours"), rs.getString("language"),
					rs.getString("instructor"), rs.getString("department"), rs.getLong("version")))
			.optional();
	}

	private static Map<String, Object> params(CourseCommand command) {
		Map<String, Object> params = new HashMap<>();
		params.put("code", command.code());
		params.put("name", command.name());
		params.put("nameEn", command.nameEn());
		params.put("category", command.category().name());
		params.put("credits", command.credits());
		params.put("hours", command.hours());
		params.put("language", command.language());
		params.put("instructor", command.instructor());
		params.put("department", command.department());
		return params;
	}

	private CurrentUser requireReader() {
		CurrentUser user = this.currentUsers.current();
		if (READERS.stream().noneMatch(user::has)) {
			throw new AccessDeniedException("No access to the course catalog");
		}
		return user;
	}

}
