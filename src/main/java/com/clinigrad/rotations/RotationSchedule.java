package com.clinigrad.rotations;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.clinigrad.accounts.CurrentUser;
import com.clinigrad.organization.DepartmentView;
import com.clinigrad.organization.Organization;
import com.clinigrad.shared.BusinessRuleException;
import com.clinigrad.shared.Confirmation;
import com.clinigrad.shared.SchoolTime;
import com.clinigrad.shared.events.StudentEvents;
import com.clinigrad.students.StudentKey;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Places a student in a department for a date range (both days inclusive). Refused, with
 * the reason, when the range overlaps another of the student's rotations, when the
 * department would be over its capacity on any day of the range, or when the department
 * is outside the student's plan and no reason for the exception is given. Cancels a
 * rotation before it starts and restores it, each with a reason the history keeps
 * ({@link RotationStatus} holds the transitions).
 */
@Service
public class RotationSchedule {

	private final JdbcClient jdbc;

	private final RotationAccess access;

	private final Organization organization;

	private final RotationPlans plans;

	private final RotationBoard board;

	private final StudentEvents events;

	RotationSchedule(JdbcClient jdbc, RotationAccess access, Organization organization, RotationPlans plans,
			RotationBoard board, StudentEvents events) {
		this.jdbc = jdbc;
		this.access = access;
		this.organization = organization;
		this.plans = plans;
		this.board = board;
		this.events = events;
	}

	/**
	 * @return the new rotation's id
	 */
	@Transactional
	public long schedule(ScheduleCommand command) {
		StudentKey student = this.access.visibleStudent(command.studentNo());
		this.access.requirePlanner(student);
		DepartmentView department = this.organization.department(command.departmentId());
		this.access.requireHospital(department.hospitalCode());
		String who = this.access.current().username();
		long id = place(student, department, command, who);
		this.events.changed(RotationPlanChanged.class, (ids) -> new RotationPlanChanged(ids, who), student.id());
		return id;
	}

	/**
	 * Places a student with the checks {@link #schedule} makes (overlap, capacity, plan),
	 * but no caller check: for loaders that run without a logged-in user (the demo
	 * university).
	 * @param recordedBy the login name the rotation shows as recorded by
	 * @return the new rotation's id
	 */
	@Transactional
	public long recordScheduled(ScheduleCommand command, String recordedBy) {
		StudentKey student = this.access.anyStudent(command.studentNo());
		DepartmentView department = this.organization.department(command.departmentId());
		return place(student, department, command, recordedBy);
	}

	private long place(StudentKey student, DepartmentView department, ScheduleCommand command, String who) {
		if (command.endDate().isBefore(command.startDate())) {
			throw new BusinessRuleException("rotation.error.endBeforeStart");
		}
		String override = (command.overrideReason() == null || command.overrideReason().isBlank()) ? null
				: command.overrideReason().trim();
		List<RotationArea> plan = this.plans.items(student.id());
		boolean inPlan = plan.stream().anyMatch((area) -> area.matches(department.subspecialty(), department.name()));
		if (!inPlan && override == null) {
			throw new BusinessRuleException("rotation.error.outsidePlan", department.name());
		}
		requireFree(student, department, command.startDate(), command.endDate(), "rotation.error.overlap");
		return this.jdbc.sql("""
				insert into rotation (student_id, department_id, start_date, end_date, chief_resident, override_reason,
				    recorded_by)
				values (:s, :d, :start, :end, :chief, :override, :who) returning id
				""")
			.param("s", student.id())
			.param("d", department.id())
			.param("start", command.startDate())
			.param("end", command.endDate())
			.param("chief", command.chiefResident())
			.param("override", inPlan ? null : override)
			.param("who", who)
			.query(Long.class)
			.single();
	}

	/**
	 * What cancelling (or restoring) a rotation would do, for the confirmation: the
	 * rotation, the department's capacity and the plan area it was scheduled for; the
	 * student's hospital office or graduate-school staff.
	 */
	@Transactional(readOnly = true)
	public StatusChangePreview preview(String studentNo, long rotationId) {
		StudentKey student = this.access.visibleStudent(studentNo);
		this.access.requirePlanner(student);
		ScheduledRotation rotation = rotationOf(student, rotationId);
		DepartmentView department = this.organization.department(rotation.departmentId());
		RotationArea area = this.plans.items(student.id())
			.stream()
			.filter((a) -> a.matches(department.subspecialty(), department.name()))
			.findFirst()
			.orElse(null);
		return new StatusChangePreview(this.board.student(studentNo), rotation, department.effectiveCapacity(), area,
				SchoolTime.today());
	}

	/**
	 * Cancels a rotation that has not started, with the reason, which the history keeps:
	 * it leaves the timetable and frees its place in the department; it can be restored
	 * before it starts. The student's hospital office or graduate-school staff.
	 * @param version the rotation's version the confirmation was shown with
	 */
	@Transactional
	public void cancel(String studentNo, long rotationId, long version, String reason) {
		change(studentNo, rotationId, version, RotationStatus.Transition.CANCEL, reason);
	}

	/**
	 * Restores a cancelled rotation that has not started, with the reason, if its dates
	 * are still free for the student and its department has room on every day (the checks
	 * of scheduling).
	 */
	@Transactional
	public void restore(String studentNo, long rotationId, long version, String reason) {
		change(studentNo, rotationId, version, RotationStatus.Transition.RESTORE, reason);
	}

	/**
	 * Moves the last day of a scheduled rotation (调整结束日期), started or not:
	 * <ul>
	 * <li>earlier (提前结束: leave, illness, a date entered too late): on or after its first
	 * day; the department's place is free from the next day;</li>
	 * <li>later (延长: days of leave made up, a date entered too early): the added days
	 * must not overlap another of the student's rotations and the department must have a
	 * place on each of them.</li>
	 * </ul>
	 * Not once its exit exam is recorded (the exam belongs to the dates it was sat on).
	 * The months that count follow the new dates, and the history keeps both last days
	 * with the reason. The student's hospital office or graduate-school staff.
	 * @param version the rotation's version the form was shown with
	 * @param confirmed whether the form's confirmation was ticked (checked after the
	 * caller's scope)
	 */
	@Transactional
	public void changeEnd(String studentNo, long rotationId, long version, LocalDate newEnd, String reason,
			boolean confirmed) {
		StudentKey student = this.access.visibleStudent(studentNo);
		CurrentUser user = this.access.requirePlanner(student);
		ScheduledRotation rotation = rotationOf(student, rotationId);
		Confirmation.require(confirmed, "rotation.changeEnd.error.confirm");
		requireReasonAndVersion(rotation, version, reason);
		if (newEnd == null || newEnd.isBefore(rotation.startDate()) || newEnd.equals(rotation.endDate())) {
			throw new BusinessRuleException("rotation.changeEnd.error.date", rotation.startDate().toString(),
					rotation.endDate().toString());
		}
		boolean later = newEnd.isAfter(rotation.endDate());
		rotation.status()
			.next(later ? RotationStatus.Transition.EXTEND : RotationStatus.Transition.SHORTEN,
					rotation.started(SchoolTime.today()));
		if (rotation.examResult() != null) {
			throw new BusinessRuleException("rotation.changeEnd.error.examRecorded");
		}
		if (later) {
			requireFree(student, this.organization.department(rotation.departmentId()), rotation.endDate().plusDays(1),
					newEnd, "rotation.error.overlap");
		}
		apply(student, rotation, version, user, "end_date = :end", Map.of("end", newEnd), rotation.status(), reason,
				newEnd);
	}

	/**
	 * Holds the department and the student while checking that the student has no other
	 * rotation on these days and that the department has a place on each of them.
	 * @param overlapKey the message naming the rotation in the way
	 */
	private void requireFree(StudentKey student, DepartmentView department, LocalDate start, LocalDate end,
			String overlapKey) {
		lockDepartment(department.id());
		lockStudent(student.id());
		overlap(student.id(), start, end).ifPresent((other) -> {
			throw new BusinessRuleException(overlapKey, other.get("department"), other.get("start").toString(),
					other.get("end").toString());
		});
		Integer capacity = department.effectiveCapacity();
		if (capacity != null) {
			fullDay(department.id(), capacity, start, end).ifPresent((day) -> {
				throw new BusinessRuleException("rotation.error.full", department.name(), day.toString(),
						String.valueOf(capacity));
			});
		}
	}

	private void change(String studentNo, long rotationId, long version, RotationStatus.Transition transition,
			String reason) {
		StudentKey student = this.access.visibleStudent(studentNo);
		CurrentUser user = this.access.requirePlanner(student);
		ScheduledRotation rotation = rotationOf(student, rotationId);
		requireReasonAndVersion(rotation, version, reason);
		RotationStatus target = rotation.status().next(transition, rotation.started(SchoolTime.today()));
		if (transition == RotationStatus.Transition.RESTORE) {
			requireFree(student, this.organization.department(rotation.departmentId()), rotation.startDate(),
					rotation.endDate(), "rotation.error.replaced");
		}
		apply(student, rotation, version, user, "status = :target", Map.of("target", target.name()), target, reason,
				null);
	}

	/**
	 * Every change the office makes to a rotation has a reason and comes from a form
	 * shown with the rotation as it still is.
	 */
	private static void requireReasonAndVersion(ScheduledRotation rotation, long version, String reason) {
		if (reason == null || reason.isBlank()) {
			throw new BusinessRuleException("rotation.error.changeReasonRequired");
		}
		if (rotation.version() != version) {
			throw new OptimisticLockingFailureException("Rotation changed meanwhile");
		}
	}

	/**
	 * Writes a change of a rotation the office made (its status or its last day) if the
	 * rotation is still at the version the form was shown with, keeps it in the schedule
	 * changes with the reason, and tells the audit and the plan.
	 * @param set the columns changed, as SQL with named parameters
	 * @param newEnd the new last day of an early end, else {@code null}
	 */
	private void apply(StudentKey student, ScheduledRotation rotation, long version, CurrentUser user, String set,
			Map<String, Object> values, RotationStatus target, String reason, LocalDate newEnd) {
		int updated = this.jdbc.sql("update rotation set " + set + """
				, version = version + 1, recorded_by = :who, recorded_at = now()
				where id = :id and version = :version
				""")
			.params(values)
			.param("who", user.username())
			.param("id", rotation.id())
			.param("version", version)
			.update();
		if (updated == 0) {
			throw new OptimisticLockingFailureException("Rotation changed meanwhile");
		}
		this.jdbc.sql("""
				insert into rotation_status_change (rotation_id, student_id, from_status, to_status, reason, actor,
				    old_end_date, new_end_date)
				values (:r, :s, :from, :to, :reason, :actor, :old, :new)
				""")
			.param("r", rotation.id())
			.param("s", student.id())
			.param("from", rotation.status().name())
			.param("to", target.name())
			.param("reason", reason.trim())
			.param("actor", user.displayName())
			.param("old", (newEnd != null) ? rotation.endDate() : null, java.sql.Types.DATE)
			.param("new", newEnd, java.sql.Types.DATE)
			.update();
		this.events.changed(RotationsRecorded.class, RotationsRecorded::new, student.id());
		this.events.changed(RotationPlanChanged.class, (ids) -> new RotationPlanChanged(ids, user.username()),
				student.id());
	}

	private ScheduledRotation rotationOf(StudentKey student, long rotationId) {
		ScheduledRotation rotation = this.board.find(rotationId);
		if (rotation.studentId() != student.id()) {
			throw new RotationNotFoundException("rotation " + rotationId);
		}
		return rotation;
	}

	/**
	 * @return the first day in the range on which the department already holds its
	 * capacity, if any
	 */
	Optional<LocalDate> fullDay(long departmentId, int capacity, LocalDate start, LocalDate end) {
		if (capacity <= 0) {
			return Optional.of(start);
		}
		DailyHeadcount headcount = new DailyHeadcount(start, end);
		this.jdbc.sql("""
				select start_date, end_date from rotation
				where department_id = :d and start_date <= :end and end_date >= :start and status = :scheduled
				""")
			.param("d", departmentId)
			.param("scheduled", RotationStatus.SCHEDULED.name())
			.param("start", start)
			.param("end", end)
			.query((rs) -> {
				headcount.add(departmentId, rs.getObject("start_date", LocalDate.class),
						rs.getObject("end_date", LocalDate.class));
			});
		return headcount.firstDayOver(departmentId, capacity - 1);
	}

	private Optional<Map<String, Object>> overlap(long studentId, LocalDate start, LocalDate end) {
		return this.jdbc.sql("""
				select d.name as department, r.start_date as start, r.end_date as end
				from rotation r join department d on d.id = r.department_id
				where r.student_id = :s and r.start_date <= :end and r.end_date >= :start and r.status = :scheduled
				order by r.start_date limit 1
				""")
			.param("s", studentId)
			.param("scheduled", RotationStatus.SCHEDULED.name())
			.param("start", start)
			.param("end", end)
			.query()
			.listOfRows()
			.stream()
			.findFirst();
	}

	/**
	 * Serialises scheduling for one student (two departments at once would each pass the
	 * overlap check otherwise), without touching the students module's table.
	 */
	private void lockStudent(long studentId) {
		this.jdbc.sql("select pg_advisory_xact_lock(4201, cast(:s as integer))")
			.param("s", studentId)
			.query()
			.listOfRows();
	}

	private void lockDepartment(long departmentId) {
		this.jdbc.sql("select id from department where id = :d for update")
			.param("d", departmentId)
			.query(Long.class)
			.single();
	}

}
