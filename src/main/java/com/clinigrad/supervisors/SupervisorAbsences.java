package com.clinigrad.supervisors;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.clinigrad.accounts.CurrentUser;
import com.clinigrad.accounts.CurrentUsers;
import com.clinigrad.accounts.Role;
import com.clinigrad.organization.HospitalRef;
import com.clinigrad.organization.Organization;
import com.clinigrad.shared.BusinessRuleException;
import com.clinigrad.shared.SchoolTime;
import com.clinigrad.shared.reads.Read;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Supervisors' absences abroad and their deputies (代理导师). A supervisor records their own,
 * the graduate school anyone's; an absence longer than the rule set's months while a
 * student is in the department phase is refused without a deputy ({@link DeputyRule}).
 * During the absence the deputy sees and acts for the absent supervisor's students: the
 * students module's scope asks {@link #actingFor} with today's date, so the deputyship
 * ends by itself. The graduate school sees every absence, a hospital office those of its
 * hospital's supervisors, a supervisor their own and those they stand in for.
 */
@Service
@Transactional(readOnly = true)
public class SupervisorAbsences {

	private final SupervisorAbsenceRepository absences;

	private final SupervisorDirectory directory;

	private final QualificationRegister register;

	private final Organization organization;

	private final CurrentUsers currentUsers;

	private final JdbcClient jdbc;

	private final ObjectProvider<DepartmentPhase> departmentPhase;

	private final ApplicationEventPublisher events;

	SupervisorAbsences(SupervisorAbsenceRepository absences, SupervisorDirectory directory,
			QualificationRegister register, Organization organization, CurrentUsers currentUsers, JdbcClient jdbc,
			ObjectProvider<DepartmentPhase> departmentPhase, ApplicationEventPublisher events) {
		this.absences = absences;
		this.directory = directory;
		this.register = register;
		this.organization = organization;
		this.currentUsers = currentUsers;
		this.jdbc = jdbc;
		this.departmentPhase = departmentPhase;
		this.events = events;
	}

	private boolean awayBetween(long supervisorId, LocalDate from, LocalDate to) {
		return this.jdbc.sql("""
				select exists (select 1 from supervisor_absence
				               where supervisor_id = :s and leaves_on <= :to and returns_on >= :from)""")
			.param("s", supervisorId)
			.param("from", from)
			.param("to", to)
			.query(Boolean.class)
			.single();
	}

	/**
	 * Records an absence; the supervisor themself or the graduate school.
	 * @return the absence's id
	 * @throws AccessDeniedException when a supervisor records someone else's absence
	 * @throws BusinessRuleException when the deputy is missing though required, unknown,
	 * the supervisor themself, holds no supervisor qualification for the period or is
	 * away themself then, or the days are reversed
	 */
	@Transactional
	public long record(AbsenceCommand command) {
		CurrentUser user = this.currentUsers.current();
		String staffNo = command.supervisorStaffNo().trim();
		if (!user.has(Role.GRAD_SCHOOL) && !user.supervises(staffNo, null)) {
			throw new AccessDeniedException("Only the supervisor or the graduate school records an absence");
		}
		return recordAs(command, user.username());
	}

	/**
	 * Records an absence for trusted code (the demo data); no caller check, the same
	 * rules.
	 */
	@Transactional
	public long recordAs(AbsenceCommand command, String by) {
		String staffNo = command.supervisorStaffNo().trim();
		SupervisorRef supervisor = this.directory.byStaffNo(staffNo)
			.orElseThrow(() -> new BusinessRuleException("student.error.unknownSupervisor", staffNo));
		if (command.returnsOn().isBefore(command.leavesOn())) {
			throw new BusinessRuleException("absence.error.datesReversed");
		}
		SupervisorRef deputy = null;
		if (command.deputyStaffNo() != null && !command.deputyStaffNo().isBlank()) {
			String deputyNo = command.deputyStaffNo().trim();
			if (deputyNo.equals(staffNo)) {
				throw new BusinessRuleException("absence.error.deputySelf");
			}
			deputy = this.directory.byStaffNo(deputyNo)
				.orElseThrow(() -> new BusinessRuleException("student.error.unknownSupervisor", deputyNo));
			if (!this.register.qualifiedThrough(deputy, command.leavesOn(), command.returnsOn())) {
				throw new BusinessRuleException("absence.error.deputyNotQualified", deputy.name());
			}
			if (awayBetween(deputy.id(), command.leavesOn(), command.returnsOn())) {
				throw new BusinessRuleException("absence.error.deputyAway", deputy.name());
			}
		}
		DeputyRule rule = this.register.rules(command.leavesOn().getYear()).deputyRule();
		if (deputy == null && rule.longAbsence(command.leavesOn(), command.returnsOn())) {
			DepartmentPhase phase = this.departmentPhase.getIfAvailable();
			boolean rotating = phase != null
					&& phase.anyStudentRotating(supervisor.id(), command.leavesOn(), command.returnsOn());
			if (rule.deputyRequired(command.leavesOn(), command.returnsOn(), rotating)) {
				throw new BusinessRuleException("absence.error.deputyRequired", rule.months());
			}
		}
		SupervisorAbsence absence = this.absences
			.save(new SupervisorAbsence(supervisor.id(), command.destination().trim(), blankToNull(command.purpose()),
					command.leavesOn(), command.returnsOn(), (deputy != null) ? deputy.id() : null, by));
		if (deputy != null) {
			this.events.publishEvent(new DeputyAppointed(absence.getId(), supervisor.id(), supervisor.staffNo(),
					supervisor.name(), deputy.staffNo(), deputy.name(), command.leavesOn(), command.returnsOn(), by));
		}
		return absence.getId();
	}

	/**
	 * @return the absences the caller may see, latest first, with where each stands today
	 * @throws AccessDeniedException for a caller whose roles see none
	 */
	public List<AbsenceView> visible() {
		CurrentUser user = this.currentUsers.current();
		LocalDate today = SchoolTime.today();
		List<SupervisorAbsence> all = this.absences.findAll();
		Set<Long> ids = new HashSet<>();
		all.forEach((a) -> {
			ids.add(a.getSupervisorId());
			if (a.getDeputyId() != null) {
				ids.add(a.getDeputyId());
			}
		});
		Map<Long, SupervisorRef> supervisors = this.directory.byIds(ids);
		List<AbsenceView> views = new ArrayList<>();
		if (user.universityWide()) {
			all.forEach((a) -> views.add(view(a, supervisors, today)));
		}
		else {
			Long ownHospital = (user.has(Role.HOSPITAL_OFFICE) && user.hospitalCode() != null)
					? this.organization.hospitalByCode(user.hospitalCode()).map(HospitalRef::id).orElse(null) : null;
			Long own = (user.has(Role.SUPERVISOR) && user.staffNo() != null)
					? this.directory.byStaffNo(user.staffNo()).map(SupervisorRef::id).orElse(null) : null;
			if (ownHospital == null && own == null) {
				throw new AccessDeniedException("No absences in scope");
			}
			for (SupervisorAbsence a : all) {
				SupervisorRef absent = supervisors.get(a.getSupervisorId());
				boolean visible = (own != null && (own == a.getSupervisorId() || own.equals(a.getDeputyId())))
						|| (ownHospital != null && absent != null && ownHospital.equals(absent.hospitalId()));
				if (visible) {
					views.add(view(a, supervisors, today));
				}
			}
		}
		views.sort(Comparator.comparing(AbsenceView::leavesOn).reversed().thenComparing(AbsenceView::id));
		return views;
	}

	/**
	 * @return this year's deputy rule
	 */
	public DeputyRule rule() {
		return this.register.rules(SchoolTime.today().getYear()).deputyRule();
	}

	/**
	 * @return whether the caller may record absences (a supervisor their own, the
	 * graduate school anyone's)
	 */
	public boolean mayRecord() {
		CurrentUser user = this.currentUsers.current();
		return user.has(Role.GRAD_SCHOOL) || (user.has(Role.SUPERVISOR) && user.staffNo() != null);
	}

	/**
	 * The supervisors a deputy stands in for on a day, without a caller check: what the
	 * students module's scope adds to a supervisor's own students.
	 * @param deputyId the deputy
	 * @param asOf the day (today for the scope)
	 * @return the ids of the absent supervisors
	 */
	@Transactional(readOnly = true, propagation = Propagation.SUPPORTS)
	public Set<Long> actingFor(long deputyId, LocalDate asOf) {
		return new HashSet<>(this.jdbc.sql("""
				select distinct supervisor_id from supervisor_absence
				where deputy_id = :d and leaves_on <= :day and returns_on >= :day
				""").param("d", deputyId).param("day", asOf).query(Long.class).list());
	}

	/**
	 * The absences in progress today in which the caller, a supervisor, stands in as the
	 * deputy: the students list names whose students it shows besides the caller's own.
	 * @return the absences, earliest first; none for a caller who is not a supervisor
	 */
	@Transactional(readOnly = true)
	public List<AbsenceView> coveredByCaller() {
		CurrentUser user = this.currentUsers.current();
		if (!user.has(Role.SUPERVISOR) || user.staffNo() == null) {
			return List.of();
		}
		Long own = this.directory.byStaffNo(user.staffNo()).map(SupervisorRef::id).orElse(null);
		if (own == null) {
			return List.of();
		}
		LocalDate today = SchoolTime.today();
		List<Long> ids = this.jdbc.sql("""
				select id from supervisor_absence
				where deputy_id = :d and leaves_on <= :day and returns_on >= :day order by leaves_on, id
				""").param("d", own).param("day", today).query(Long.class).list();
		return views(ids, today).values()
			.stream()
			.sorted(Comparator.comparing(AbsenceView::leavesOn).thenComparing(AbsenceView::id))
			.toList();
	}

	/**
	 * The deputies standing in for these supervisors on a day, without a caller check
	 * (the student page shows who acts for an absent supervisor), read with other reads.
	 * @return the read of the absences in progress of these supervisors on that day
	 * (their ids, in the order they began); {@link #views} gives them with the supervisor
	 * and the deputy
	 */
	@Transactional(readOnly = true, propagation = Propagation.SUPPORTS)
	public Read<List<Long>> inProgressRead(java.util.Collection<Long> supervisorIds, LocalDate asOf) {
		if (supervisorIds.isEmpty()) {
			return Read.nothing(List.of());
		}
		return Read.of("""
				select id from supervisor_absence
				where supervisor_id in (:ids) and leaves_on <= :day and returns_on >= :day order by leaves_on
				""", Map.of("ids", supervisorIds, "day", asOf), (rs) -> {
			List<Long> ids = new java.util.ArrayList<>();
			while (rs.next()) {
				ids.add(rs.getLong(1));
			}
			return ids;
		});
	}

	/**
	 * @param absenceIds absences as {@link #inProgressRead} found them
	 * @return them by the absent supervisor's id, with the supervisor and the deputy
	 * (nothing is read when there are none)
	 */
	@Transactional(readOnly = true, propagation = Propagation.SUPPORTS)
	public Map<Long, AbsenceView> views(List<Long> absenceIds, LocalDate asOf) {
		Map<Long, AbsenceView> found = new java.util.HashMap<>();
		if (absenceIds.isEmpty()) {
			return found;
		}
		List<SupervisorAbsence> current = this.absences.findAllById(absenceIds);
		Set<Long> ids = new HashSet<>();
		current.forEach((a) -> {
			ids.add(a.getSupervisorId());
			if (a.getDeputyId() != null) {
				ids.add(a.getDeputyId());
			}
		});
		Map<Long, SupervisorRef> supervisors = this.directory.byIds(ids);
		current.forEach((a) -> found.put(a.getSupervisorId(), view(a, supervisors, asOf)));
		return found;
	}

	private static AbsenceView view(SupervisorAbsence a, Map<Long, SupervisorRef> supervisors, LocalDate today) {
		return new AbsenceView(a.getId(), supervisors.get(a.getSupervisorId()), a.getDestination(), a.getPurpose(),
				a.getLeavesOn(), a.getReturnsOn(), (a.getDeputyId() != null) ? supervisors.get(a.getDeputyId()) : null,
				AbsenceState.of(a.getLeavesOn(), a.getReturnsOn(), today), a.getRecordedBy(), a.getRecordedAt());
	}

	private static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value.trim();
	}

}
