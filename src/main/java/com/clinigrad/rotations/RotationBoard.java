package com.clinigrad.rotations;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import com.clinigrad.accounts.CurrentUser;
import com.clinigrad.accounts.Role;
import com.clinigrad.organization.DepartmentView;
import com.clinigrad.organization.HospitalRef;
import com.clinigrad.organization.Organization;
import com.clinigrad.students.StudentCard;
import com.clinigrad.students.StudentKey;
import com.clinigrad.students.StudentRegistry;
import com.clinigrad.students.StudentRow;
import com.clinigrad.students.StudentStatus;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the rotation pages show: a student's timeline, a hospital's occupancy by month
 * against capacity, the rotations ending this week whose exam is missing, and the
 * trainees of a department for its coordinator.
 */
@Service
public class RotationBoard {

	/** How far back the coordinator's roster reaches, in months. */
	public static final int ROSTER_MONTHS = 12;

	/**
	 * Rotations with their department, hospital and the comments on their exit exam and
	 * its retake; callers add the condition (and {@code r.status = :scheduled} unless
	 * they want cancelled ones too).
	 */
	static final String SELECT = """
			select r.id, r.student_id, r.department_id, h.code as hospital_code, d.code as department_code,
			       d.name as department_name, d.subspecialty, r.start_date, r.end_date, r.chief_resident,
			       r.exam_result, r.retake_result, r.override_reason, r.status, r.version,
			       x.exam_comment, x.retake_comment, d.name_en as department_name_en,
			       (select sub.name_en from subspecialty sub where sub.name = d.subspecialty order by sub.id limit 1)
			           as subspecialty_en
			from rotation r join department d on d.id = r.department_id join hospital h on h.id = d.hospital_id
			left join lateral (
			    select max(a.comments) filter (where a.attempt = 1) as exam_comment,
			           max(a.comments) filter (where a.attempt = 2) as retake_comment
			    from rotation_assessment a where a.rotation_id = r.id and a.kind = 'EXIT_EXAM') x on true
			""";

	private final JdbcClient jdbc;

	private final RotationAccess access;

	private final Organization organization;

	private final StudentRegistry students;

	RotationBoard(JdbcClient jdbc, RotationAccess access, Organization organization, StudentRegistry students) {
		this.jdbc = jdbc;
		this.access = access;
		this.organization = organization;
		this.students = students;
	}

	/**
	 * The rotations of a student the caller may see, oldest first.
	 */
	@Transactional(readOnly = true)
	public List<ScheduledRotation> timeline(String studentNo) {
		return scheduledOf(this.access.visibleStudent(studentNo).id());
	}

	/**
	 * The rotations of a student the caller may see that were cancelled and not restored,
	 * with the latest cancellation's reason, who and when; oldest first.
	 */
	@Transactional(readOnly = true)
	public List<CancelledRotation> cancelled(String studentNo) {
		StudentKey student = this.access.visibleStudent(studentNo);
		Map<Long, RotationStatusChange> latest = new HashMap<>();
		for (RotationStatusChange change : statusChanges(student.id())) {
			latest.putIfAbsent(change.rotationId(), change);
		}
		return this.jdbc.sql(SELECT + " where r.student_id = :s and r.status = :cancelled order by r.start_date")
			.param("s", student.id())
			.param("cancelled", RotationStatus.CANCELLED.name())
			.query((rs, n) -> rotation(rs))
			.list()
			.stream()
			.map((rotation) -> new CancelledRotation(rotation, latest.get(rotation.id())))
			.toList();
	}

	/**
	 * Every cancellation, restoration and early end of a student's rotations the caller
	 * may see, newest first.
	 */
	@Transactional(readOnly = true)
	public List<RotationStatusChange> statusHistory(String studentNo) {
		return statusChanges(this.access.visibleStudent(studentNo).id());
	}

	/**
	 * @return the scheduled (not cancelled) rotations of a student, oldest first; no
	 * caller check
	 */
	List<ScheduledRotation> scheduledOf(long studentId) {
		return this.jdbc.sql(SELECT + " where r.student_id = :s and r.status = :scheduled order by r.start_date")
			.param("s", studentId)
			.param("scheduled", RotationStatus.SCHEDULED.name())
			.query((rs, n) -> rotation(rs))
			.list();
	}

	/**
	 * @return the scheduled (not cancelled) rotations of these students, oldest first, by
	 * student; no caller check
	 */
	Map<Long, List<ScheduledRotation>> scheduledOf(java.util.Collection<Long> studentIds) {
		Map<Long, List<ScheduledRotation>> rotations = new HashMap<>();
		if (studentIds.isEmpty()) {
			return rotations;
		}
		this.jdbc.sql(SELECT + " where r.student_id in (:ids) and r.status = :scheduled order by r.start_date")
			.param("ids", studentIds)
			.param("scheduled", RotationStatus.SCHEDULED.name())
			.query((rs) -> {
				ScheduledRotation rotation = rotation(rs);
				rotations.computeIfAbsent(rotation.studentId(), (s) -> new ArrayList<>()).add(rotation);
			});
		return rotations;
	}

	private List<RotationStatusChange> statusChanges(long studentId) {
		return this.jdbc
			.sql("""
					select c.rotation_id, c.from_status, c.to_status, c.reason, c.actor, c.changed_at, d.name as department_name,
					       d.name_en as department_name_en, r.start_date, r.end_date, c.old_end_date, c.new_end_date
					from rotation_status_change c join rotation r on r.id = c.rotation_id
					join department d on d.id = r.department_id
					where c.student_id = :s order by c.changed_at desc, c.id desc
					""")
			.param("s", studentId)
			.query((rs, n) -> new RotationStatusChange(rs.getLong("rotation_id"), rs.getString("department_name"),
					rs.getObject("start_date", LocalDate.class), rs.getObject("end_date", LocalDate.class),
					RotationStatus.valueOf(rs.getString("from_status")),
					RotationStatus.valueOf(rs.getString("to_status")), rs.getString("reason"), rs.getString("actor"),
					rs.getObject("changed_at", java.time.OffsetDateTime.class),
					rs.getObject("old_end_date", LocalDate.class), rs.getObject("new_end_date", LocalDate.class),
					rs.getString("department_name_en")))
			.list();
	}

	/**
	 * The student, if the caller may see them.
	 */
	@Transactional(readOnly = true)
	public StudentCard student(String studentNo) {
		StudentKey key = this.access.visibleStudent(studentNo);
		return this.students.cardsByIds(List.of(key.id())).get(key.id());
	}

	/**
	 * @return the departments of the student's hospital, for the schedule form
	 */
	@Transactional(readOnly = true)
	public List<DepartmentView> departmentsFor(String studentNo) {
		StudentKey key = this.access.visibleStudent(studentNo);
		if (key.hospitalCode() == null) {
			return List.of();
		}
		return this.organization.hospitalByCode(key.hospitalCode())
			.map((h) -> this.organization.departments(h.id()))
			.orElse(List.of());
	}

	/**
	 * Who was in a department during a month (the occupancy's drill-down): its rotations
	 * overlapping the month with their students' list rows, by first day, and the month's
	 * peak; for whoever may see the department's trainees
	 * ({@link RotationAccess#mayViewTrainees}).
	 */
	@Transactional(readOnly = true)
	public DepartmentMonth departmentMonth(long departmentId, YearMonth month) {
		DepartmentView department = this.organization.department(departmentId);
		if (!this.access.mayViewTrainees(department.hospitalCode(), department.code())) {
			throw new AccessDeniedException("May not see the trainees of department " + departmentId);
		}
		LocalDate first = month.atDay(1);
		LocalDate last = month.atEndOfMonth();
		List<ScheduledRotation> rotations = this.jdbc.sql(SELECT + """
				 where r.department_id = :d and r.status = :scheduled and r.start_date <= :last and r.end_date >= :first
				order by r.start_date, r.end_date""")
			.param("d", departmentId)
			.param("scheduled", RotationStatus.SCHEDULED.name())
			.param("first", first)
			.param("last", last)
			.query((rs, n) -> rotation(rs))
			.list();
		DailyHeadcount headcount = new DailyHeadcount(first, last);
		rotations.forEach((r) -> headcount.add(departmentId, r.startDate(), r.endDate()));
		Map<Long, StudentRow> rows = this.students
			.rowsByIds(rotations.stream().map(ScheduledRotation::studentId).distinct().toList());
		List<RosterEntry> trainees = rotations.stream()
			.filter((r) -> rows.containsKey(r.studentId()))
			.map((r) -> new RosterEntry(rows.get(r.studentId()), r))
			.toList();
		return new DepartmentMonth(department, month,
				headcount.monthlyPeaks(1).getOrDefault(departmentId, new int[1])[0], trainees);
	}

	/**
	 * @return the departments of an occupancy view whose trainees the caller may see by
	 * name (the cells that lead to {@link #departmentMonth})
	 */
	public java.util.Set<Long> viewableDepartments(OccupancyView occupancy) {
		java.util.Set<Long> ids = new java.util.HashSet<>();
		for (OccupancyView.Row row : occupancy.rows()) {
			if (this.access.mayViewTrainees(occupancy.hospitalCode(), row.code())) {
				ids.add(row.departmentId());
			}
		}
		return ids;
	}

	/**
	 * @return the hospitals whose occupancy the caller may open
	 */
	@Transactional(readOnly = true)
	public List<HospitalRef> occupancyHospitals() {
		CurrentUser user = this.access.current();
		if (user.has(Role.GRAD_SCHOOL)) {
			return this.organization.hospitals();
		}
		if (user.worksAt(user.hospitalCode())) {
			return this.organization.hospitalByCode(user.hospitalCode()).map(List::of).orElse(List.of());
		}
		throw new AccessDeniedException("No hospital");
	}

	/**
	 * @return whether the caller may plan and schedule this student
	 */
	@Transactional(readOnly = true)
	public boolean mayPlan(String studentNo) {
		CurrentUser user = this.access.current();
		if (user.has(Role.GRAD_SCHOOL)) {
			return true;
		}
		StudentKey student = this.students.keysByStudentNo(List.of(studentNo)).get(studentNo);
		return student != null && user.isOfficeOf(student.hospitalCode());
	}

	/**
	 * The departments of a hospital by month of a year: graduate-school staff, the
	 * hospital's office and its department coordinators.
	 */
	@Transactional(readOnly = true)
	public OccupancyView occupancy(String hospitalCode, int year) {
		CurrentUser user = this.access.current();
		boolean allowed = user.has(Role.GRAD_SCHOOL) || user.worksAt(hospitalCode);
		if (!allowed) {
			throw new AccessDeniedException("Not this hospital");
		}
		HospitalRef hospital = this.organization.hospitalByCode(hospitalCode)
			.orElseThrow(() -> new RotationNotFoundException("hospital " + hospitalCode));
		List<YearMonth> months = new ArrayList<>();
		for (int m = 1; m <= 12; m++) {
			months.add(YearMonth.of(year, m));
		}
		LocalDate first = LocalDate.of(year, 1, 1);
		LocalDate last = LocalDate.of(year, 12, 31);
		DailyHeadcount headcount = new DailyHeadcount(first, last);
		this.jdbc
			.sql("""
					select r.department_id, r.start_date, r.end_date from rotation r join department d on d.id = r.department_id
					where d.hospital_id = :h and r.start_date <= :last and r.end_date >= :first and r.status = :scheduled
					""")
			.param("h", hospital.id())
			.param("scheduled", RotationStatus.SCHEDULED.name())
			.param("first", first)
			.param("last", last)
			.query((rs) -> {
				headcount.add(rs.getLong("department_id"), rs.getObject("start_date", LocalDate.class),
						rs.getObject("end_date", LocalDate.class));
			});
		Map<Long, int[]> peaks = headcount.monthlyPeaks(12);
		List<OccupancyView.Row> rows = new ArrayList<>();
		Map<String, String> subspecialtiesEn = new HashMap<>();
		this.organization.subspecialties().forEach((sub) -> subspecialtiesEn.putIfAbsent(sub.name(), sub.nameEn()));
		for (DepartmentView department : this.organization.departments(hospital.id())) {
			rows.add(new OccupancyView.Row(department.id(), department.code(), department.name(), department.nameEn(),
					department.subspecialty(),
					(department.subspecialty() != null) ? subspecialtiesEn.get(department.subspecialty()) : null,
					department.effectiveCapacity(), peaks.getOrDefault(department.id(), new int[12])));
		}
		return new OccupancyView(hospital.code(), hospital.name(), hospital.nameEn(), year, months, rows);
	}

	/**
	 * Rotations of the caller's hospital (or all, for graduate-school staff) ending
	 * between these days (both included), with the exam still missing or a failed exam
	 * without its retake.
	 */
	@Transactional(readOnly = true)
	public List<DepartmentTrainee> endingWithoutExam(LocalDate from, LocalDate to) {
		return withoutExam("r.end_date between :from and :to", Map.of("from", from, "to", to)).toList();
	}

	/**
	 * Rotations of the caller's hospital (or all, for graduate-school staff) that ended
	 * before {@code today} with the exam still missing or a failed exam without its
	 * retake, of students still in training: the exams overdue, oldest first.
	 */
	@Transactional(readOnly = true)
	public List<DepartmentTrainee> overdueWithoutExam(LocalDate today) {
		return withoutExam("r.end_date < :today", Map.of("today", today))
			.filter((trainee) -> trainee.student() != null
					&& StudentStatus.IN_TRAINING.contains(trainee.student().status()))
			.toList();
	}

	private Stream<DepartmentTrainee> withoutExam(String period, Map<String, Object> dates) {
		CurrentUser user = this.access.current();
		String condition;
		Map<String, Object> params = new HashMap<>(dates);
		params.put("scheduled", RotationStatus.SCHEDULED.name());
		params.put("failed", ExamResult.FAIL.name());
		if (user.has(Role.GRAD_SCHOOL)) {
			condition = "true";
		}
		else if (user.has(Role.HOSPITAL_OFFICE) && user.hospitalCode() != null) {
			condition = "h.code = :hospital";
			params.put("hospital", user.hospitalCode());
		}
		else {
			throw new AccessDeniedException("No hospital");
		}
		return trainees(" where " + condition + " and " + period + " " + """
				and r.status = :scheduled
				and (r.exam_result is null or (r.exam_result = :failed and r.retake_result is null))
				order by r.end_date, d.name""", params).stream();
	}

	/**
	 * @return whether a rotation is recent for its department's coordinator: it ended at
	 * most two months ago or starts within a month — those whose exit exam is due or near
	 * (the roster's default period, and the coordinator's home task)
	 */
	public static boolean recent(ScheduledRotation rotation, LocalDate today) {
		return !rotation.endDate().isBefore(today.minusMonths(2)) && !rotation.startDate().isAfter(today.plusMonths(1));
	}

	/**
	 * @return how many recent rotations ({@link #recent}) of the coordinator's department
	 * have ended without their exit exam settled
	 */
	@Transactional(readOnly = true)
	public long departmentWithoutExam(LocalDate today) {
		return departmentRotations(today.minusMonths(2), today.plusMonths(1)).stream()
			.filter((r) -> r.awaitingExam(today))
			.count();
	}

	/**
	 * The coordinator's roster: every trainee of the department whose rotation ended in
	 * the last {@value #ROSTER_MONTHS} months or has not ended yet, with the student's
	 * list row (program, cohort, supervisor) for the roster's filters.
	 */
	@Transactional(readOnly = true)
	public List<RosterEntry> departmentRoster(LocalDate today) {
		List<ScheduledRotation> rotations = departmentRotations(today.minusMonths(ROSTER_MONTHS), null);
		Map<Long, StudentRow> rows = this.students
			.rowsByIds(rotations.stream().map(ScheduledRotation::studentId).distinct().toList());
		return rotations.stream()
			.filter((r) -> rows.containsKey(r.studentId()))
			.map((r) -> new RosterEntry(rows.get(r.studentId()), r))
			.toList();
	}

	/**
	 * @param until the latest first day, or {@code null} for every later rotation
	 * @throws AccessDeniedException unless the caller coordinates a department
	 */
	private List<ScheduledRotation> departmentRotations(LocalDate since, LocalDate until) {
		CurrentUser user = this.access.current();
		if (!user.has(Role.DEPT_COORDINATOR) || user.hospitalCode() == null || user.departmentCode() == null) {
			throw new AccessDeniedException("Not a department coordinator");
		}
		DepartmentView department = this.organization.department(user.hospitalCode(), user.departmentCode())
			.orElseThrow(() -> new RotationNotFoundException("department"));
		Map<String, Object> params = new HashMap<>(
				Map.of("d", department.id(), "scheduled", RotationStatus.SCHEDULED.name(), "since", since));
		String untilCondition = "";
		if (until != null) {
			untilCondition = " and r.start_date <= :until";
			params.put("until", until);
		}
		return this.jdbc
			.sql(SELECT + " where r.department_id = :d and r.status = :scheduled and r.end_date >= :since"
					+ untilCondition + " order by r.end_date, r.start_date")
			.params(params)
			.query((rs, n) -> rotation(rs))
			.list();
	}

	/**
	 * @return the department of the coordinator, if the caller is one
	 */
	@Transactional(readOnly = true)
	public java.util.Optional<DepartmentView> coordinatedDepartment() {
		CurrentUser user = this.access.current();
		if (!user.has(Role.DEPT_COORDINATOR) || user.hospitalCode() == null || user.departmentCode() == null) {
			return java.util.Optional.empty();
		}
		return this.organization.department(user.hospitalCode(), user.departmentCode());
	}

	List<DepartmentTrainee> trainees(String where, Map<String, Object> params) {
		List<ScheduledRotation> rotations = this.jdbc.sql(SELECT + where)
			.params(params)
			.query((rs, n) -> rotation(rs))
			.list();
		Map<Long, StudentCard> cards = this.students
			.cardsByIds(rotations.stream().map(ScheduledRotation::studentId).distinct().toList());
		return rotations.stream().map((r) -> new DepartmentTrainee(cards.get(r.studentId()), r)).toList();
	}

	ScheduledRotation find(long rotationId) {
		return this.jdbc.sql(SELECT + " where r.id = :id")
			.param("id", rotationId)
			.query((rs, n) -> rotation(rs))
			.optional()
			.orElseThrow(() -> new RotationNotFoundException("rotation " + rotationId));
	}

	static ScheduledRotation rotation(java.sql.ResultSet rs) throws java.sql.SQLException {
		return new ScheduledRotation(rs.getLong("id"), rs.getLong("student_id"), rs.getLong("department_id"),
				rs.getString("hospital_code"), rs.getString("department_code"), rs.getString("department_name"),
				rs.getString("subspecialty"), rs.getObject("start_date", LocalDate.class),
				rs.getObject("end_date", LocalDate.class), rs.getBoolean("chief_resident"),
				ExamResult.of(rs.getString("exam_result")), ExamResult.of(rs.getString("retake_result")),
				rs.getString("override_reason"), RotationStatus.valueOf(rs.getString("status")),
				rs.getString("exam_comment"), rs.getString("retake_comment"), rs.getLong("version"),
				rs.getString("department_name_en"), rs.getString("subspecialty_en"));
	}

	/**
	 * A trainee in a department: the student and the rotation.
	 */
	public record DepartmentTrainee(StudentCard student, ScheduledRotation rotation) {
	}

	/**
	 * One rotation of the coordinator's roster, with its student's list row.
	 */
	public record RosterEntry(StudentRow student, ScheduledRotation rotation) {
	}

	/**
	 * A department's month: its most trainees on one day and the rotations overlapping
	 * it.
	 */
	public record DepartmentMonth(DepartmentView department, YearMonth month, int peak, List<RosterEntry> trainees) {
	}

}
