package com.clinigrad.rotations;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.clinigrad.accounts.CurrentUser;
import com.clinigrad.accounts.Role;
import com.clinigrad.organization.DepartmentView;
import com.clinigrad.organization.HospitalRef;
import com.clinigrad.organization.Organization;
import com.clinigrad.students.StudentCard;
import com.clinigrad.students.StudentKey;
import com.clinigrad.students.StudentRegistry;

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

	static final String SELECT = """
			select r.id, r.student_id, r.department_id, h.code as hospital_code, d.code as department_code,
			       d.name as department_name, d.subspecialty, r.start_date, r.end_date, r.chief_resident,
			       r.exam_result, r.retake_result, r.override_reason, r.version
			from rotation r join department d on d.id = r.department_id join hospital h on h.id = d.hospital_id
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
		StudentKey student = this.access.visibleStudent(studentNo);
		return this.jdbc.sql(SELECT + " where r.student_id = :s order by r.start_date")
			.param("s", student.id())
			.query((rs, n) -> rotation(rs))
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
					where d.hospital_id = :h and r.start_date <= :last and r.end_date >= :first
					""")
			.param("h", hospital.id())
			.param("first", first)
			.param("last", last)
			.query((rs) -> {
				headcount.add(rs.getLong("department_id"), rs.getObject("start_date", LocalDate.class),
						rs.getObject("end_date", LocalDate.class));
			});
		Map<Long, int[]> peaks = headcount.monthlyPeaks(12);
		List<OccupancyView.Row> rows = new ArrayList<>();
		for (DepartmentView department : this.organization.departments(hospital.id())) {
			rows.add(new OccupancyView.Row(department.id(), department.code(), department.name(),
					department.subspecialty(), department.effectiveCapacity(),
					peaks.getOrDefault(department.id(), new int[12])));
		}
		return new OccupancyView(hospital.code(), hospital.name(), year, months, rows);
	}

	/**
	 * Rotations of the caller's hospital (or all, for graduate-school staff) ending
	 * within the week from {@code from}, with the exam still missing or a failed exam
	 * without its retake.
	 */
	@Transactional(readOnly = true)
	public List<DepartmentTrainee> endingWithoutExam(LocalDate from) {
		CurrentUser user = this.access.current();
		String condition;
		Map<String, Object> params = new HashMap<>();
		params.put("from", from);
		params.put("to", from.plusDays(6));
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
		return trainees(" where " + condition + " " + """
				and r.end_date between :from and :to
				and (r.exam_result is null or (r.exam_result = 'FAIL' and r.retake_result is null))
				order by r.end_date, d.name""", params);
	}

	/**
	 * The trainees rotating in the coordinator's department from a month ago on.
	 */
	@Transactional(readOnly = true)
	public List<DepartmentTrainee> departmentTrainees(LocalDate today) {
		CurrentUser user = this.access.current();
		if (!user.has(Role.DEPT_COORDINATOR) || user.hospitalCode() == null || user.departmentCode() == null) {
			throw new AccessDeniedException("Not a department coordinator");
		}
		DepartmentView department = this.organization.department(user.hospitalCode(), user.departmentCode())
			.orElseThrow(() -> new RotationNotFoundException("department"));
		return trainees("""
				where r.department_id = :d and r.end_date >= :since and r.start_date <= :until
				order by r.end_date, r.start_date""",
				Map.of("d", department.id(), "since", today.minusMonths(2), "until", today.plusMonths(1)));
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
				rs.getObject("end_date", LocalDate.class), rs.getBoolean("chief_resident"), rs.getString("exam_result"),
				rs.getString("retake_result"), rs.getString("override_reason"), rs.getLong("version"));
	}

	/**
	 * A trainee in a department: the student and the rotation.
	 */
	public record DepartmentTrainee(StudentCard student, ScheduledRotation rotation) {
	}

}
