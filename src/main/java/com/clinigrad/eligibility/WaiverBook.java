package com.clinigrad.eligibility;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import com.clinigrad.accounts.CurrentUser;
import com.clinigrad.accounts.CurrentUsers;
import com.clinigrad.accounts.Role;
import com.clinigrad.eligibility.rules.RuleSet;
import com.clinigrad.eligibility.rules.WaiverInForce;
import com.clinigrad.shared.BusinessRuleException;
import com.clinigrad.shared.Confirmation;
import com.clinigrad.shared.SchoolTime;
import com.clinigrad.shared.reads.Read;
import com.clinigrad.shared.reads.Reads;
import com.clinigrad.students.StudentCard;
import com.clinigrad.students.StudentKey;
import com.clinigrad.students.StudentRegistry;
import com.clinigrad.students.StudentView;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Waivers (DOMAIN §7 and the audit issue): an exception on one check of one student —
 * waive it, accept a substitute, or extend a deadline — requested with a reason and
 * evidence and approved along the chain supervisor → hospital office → graduate school.
 * An approved waiver makes the check {@code WAIVED}, saying who approved it and why;
 * revoking it needs a reason. The {@link Waiver} guards its chain; this service checks
 * who the caller is.
 */
@Service
public class WaiverBook {

	private final WaiverRepository waivers;

	private final JdbcClient jdbc;

	private final StudentRegistry students;

	private final CurrentUsers currentUsers;

	private final ApplicationEventPublisher events;

	private final Reads reads;

	private final ProgramRules programRules;

	WaiverBook(Reads reads, WaiverRepository waivers, JdbcClient jdbc, StudentRegistry students,
			CurrentUsers currentUsers, ApplicationEventPublisher events, ProgramRules programRules) {
		this.waivers = waivers;
		this.programRules = programRules;
		this.reads = reads;
		this.jdbc = jdbc;
		this.students = students;
		this.currentUsers = currentUsers;
		this.events = events;
	}

	/**
	 * Requests a waiver for a student the caller may see (the student, a supervisor, the
	 * hospital office or the graduate school).
	 * @return the waiver's id
	 */
	@Transactional
	public long request(String studentNo, String ruleCode, WaiverKind kind, String reason, String evidence,
			String substitute, LocalDate extendedUntil) {
		StudentKey student = visible(studentNo);
		CurrentUser user = this.currentUsers.require(Role.STUDENT, Role.SUPERVISOR, Role.HOSPITAL_OFFICE,
				Role.GRAD_SCHOOL);
		if (!RuleSet.CODES.contains(ruleCode)) {
			throw new BusinessRuleException("waiver.error.unknownRule", ruleCode);
		}
		LocalDate today = SchoolTime.today();
		Waiver waiver = Waiver.request(student.id(), ruleCode, kind, reason, evidence, substitute, extendedUntil, today,
				deadlineOf(student, ruleCode), actor(user),
				user.has(Role.SUPERVISOR) && isOwnSupervisor(user, studentNo));
		boolean active = false;
		for (Waiver earlier : this.waivers.findByStudentIdAndRuleCodeAndStatusIn(student.id(), ruleCode,
				WaiverStatus.ACTIVE)) {
			earlier.expireIfPast(today);
			active |= WaiverStatus.ACTIVE.contains(earlier.getStatus());
		}
		if (active) {
			throw new BusinessRuleException("waiver.error.exists",
					new DefaultMessageSourceResolvable(new String[] { "rule." + ruleCode + ".name" }, ruleCode));
		}
		// an expired extension leaves the one-active-waiver index before the new one
		// enters
		this.waivers.flush();
		Waiver saved = this.waivers.save(waiver);
		this.waivers.flush();
		publishWaiting(saved, studentNo);
		return saved.getId();
	}

	/**
	 * @return the deadline the student's rule set names for the check, {@code null} when
	 * it names none
	 */
	private LocalDate deadlineOf(StudentKey student, String ruleCode) {
		return this.programRules.forCohort(student.programCode(), student.cohortYear())
			.map((ruleSet) -> ruleSet.deadlines(student.cohortYear()).get(ruleCode))
			.orElse(null);
	}

	/**
	 * The decision of the step the waiver awaits: the student's supervisor, then the
	 * office of the student's hospital, then the graduate school. A rejection needs a
	 * reason.
	 * @param confirmed whether the approver ticked that a decision cannot be undone
	 */
	@Transactional
	public void decide(long id, long version, boolean approve, String reason, boolean confirmed) {
		Waiver waiver = load(id);
		StudentCard student = card(waiver);
		CurrentUser user = this.currentUsers.current();
		waiver.checkDecidableBy(user.accountId());
		if (!mayDecide(user, waiver, student)) {
			throw new AccessDeniedException("Not the awaited approver of waiver " + id);
		}
		Confirmation.require(confirmed, "waiver.error.confirmDecision");
		if (approve) {
			waiver.approve(actor(user), student.hospitalCode() != null, reason);
		}
		else {
			waiver.reject(actor(user), reason);
		}
		save(waiver, version);
		decided(waiver);
		publishWaiting(waiver, student.studentNo());
	}

	/**
	 * Tells whoever decides next that the waiver waits for them, when it does.
	 */
	private void publishWaiting(Waiver waiver, String studentNo) {
		Role approver = waiver.awaitedApprover();
		if (approver == null) {
			return;
		}
		Set<String> supervisors = new LinkedHashSet<>();
		String hospital = null;
		StudentView student = this.students.byStudentNo(studentNo).orElse(null);
		if (student != null) {
			hospital = student.hospitalCode();
			supervisors.addAll(student.supervisorStaffNos());
		}
		this.events.publishEvent(new WaiverStepWaiting(waiver.getId(), studentNo, waiver.getRuleCode(), approver,
				hospital, supervisors, waiver.involvedAccounts()));
	}

	/**
	 * Revokes an approved waiver; graduate-school staff, with a reason.
	 */
	@Transactional
	public void revoke(long id, long version, String reason) {
		CurrentUser user = this.currentUsers.require(Role.GRAD_SCHOOL);
		Waiver waiver = load(id);
		waiver.revoke(actor(user), reason);
		save(waiver, version);
		decided(waiver);
	}

	private void decided(Waiver waiver) {
		this.events.publishEvent(
				new WaiverDecided(waiver.getId(), waiver.getStudentId(), waiver.getRuleCode(), waiver.getStatus()));
	}

	/**
	 * A waiver, for anyone who may see its student.
	 */
	@Transactional(readOnly = true)
	public WaiverView waiver(long id) {
		Waiver waiver = load(id);
		return view(waiver, card(waiver));
	}

	@Transactional(readOnly = true)
	public List<WaiverView> ofStudent(String studentNo) {
		StudentKey student = visible(studentNo);
		StudentCard card = this.students.cardsByIds(List.of(student.id())).get(student.id());
		return this.waivers.findByStudentIdOrderByRequestedAtDescIdDesc(student.id())
			.stream()
			.map((waiver) -> view(waiver, card))
			.toList();
	}

	/**
	 * @return the open waivers awaiting the caller's decision
	 */
	@Transactional(readOnly = true)
	public List<WaiverView> queue() {
		CurrentUser user = this.currentUsers.current();
		List<Waiver> open = this.waivers.findByStatusInOrderByRequestedAtDescIdDesc(WaiverStatus.AWAITING);
		if (open.isEmpty()) {
			return List.of();
		}
		Map<Long, StudentCard> visible = this.students
			.visibleCards(open.stream().map(Waiver::getStudentId).collect(Collectors.toSet()));
		return open.stream()
			.filter((waiver) -> visible.containsKey(waiver.getStudentId()))
			.filter((waiver) -> mayDecide(user, waiver, visible.get(waiver.getStudentId())))
			.map((waiver) -> view(waiver, visible.get(waiver.getStudentId())))
			.toList();
	}

	/**
	 * @return whether the waiver awaits the caller's decision
	 */
	@Transactional(readOnly = true)
	public boolean awaitsCaller(long id) {
		Waiver waiver = load(id);
		return mayDecide(this.currentUsers.current(), waiver, card(waiver));
	}

	/**
	 * @return the waivers in force on the day, per student and rule (no caller check; the
	 * audit has checked the student)
	 */
	@Transactional(readOnly = true, propagation = Propagation.SUPPORTS)
	public Map<Long, Map<String, WaiverInForce>> inForce(Collection<Long> studentIds, LocalDate asOf) {
		return this.reads.one(inForceRead(studentIds, asOf));
	}

	/**
	 * @return the read of {@link #inForce(Collection, LocalDate)}, to run with other
	 * reads
	 */
	Read<Map<Long, Map<String, WaiverInForce>>> inForceRead(Collection<Long> studentIds, LocalDate asOf) {
		if (studentIds.isEmpty()) {
			return Read.nothing(Map.of());
		}
		return Read.of(
				"""
						select student_id, rule_code, kind, reason, substitute, extended_until, approved_by from waiver
						where status = :approved and student_id in (:ids)
						  and cast(approved_at at time zone :zone as date) <= :asOf and (kind <> :extend or extended_until >= :asOf)
						""",
				Map.of("approved", WaiverStatus.APPROVED.name(), "extend", WaiverKind.EXTEND.name(), "zone",
						SchoolTime.ZONE.getId(), "ids", studentIds, "asOf", asOf),
				(rs) -> {
					Map<Long, Map<String, WaiverInForce>> waivers = new HashMap<>();
					while (rs.next()) {
						String why = WaiverKind.valueOf(rs.getString("kind"))
							.explain(rs.getString("reason"), rs.getString("substitute"),
									rs.getObject("extended_until", LocalDate.class));
						waivers.computeIfAbsent(rs.getLong("student_id"), (s) -> new HashMap<>())
							.put(rs.getString("rule_code"), new WaiverInForce(rs.getString("approved_by"), why));
					}
					return waivers;
				});
	}

	/**
	 * @return the approved extensions in force on the day, per student and rule: the date
	 * each extended check is now due (no caller check; the scan's)
	 */
	@Transactional(readOnly = true)
	public Map<Long, Map<String, LocalDate>> extensionsInForce(Collection<Long> studentIds, LocalDate asOf) {
		Map<Long, Map<String, LocalDate>> extensions = new HashMap<>();
		if (studentIds.isEmpty()) {
			return extensions;
		}
		this.jdbc.sql("""
				select student_id, rule_code, extended_until from waiver
				where status = :approved and kind = :extend and student_id = any(:ids) and extended_until >= :asOf
				  and cast(approved_at at time zone :zone as date) <= :asOf
				""")
			.param("approved", WaiverStatus.APPROVED.name())
			.param("extend", WaiverKind.EXTEND.name())
			.param("zone", SchoolTime.ZONE.getId())
			.param("ids", studentIds.toArray(Long[]::new))
			.param("asOf", asOf)
			.query((rs) -> {
				extensions.computeIfAbsent(rs.getLong("student_id"), (s) -> new HashMap<>())
					.put(rs.getString("rule_code"), rs.getObject("extended_until", LocalDate.class));
			});
		return extensions;
	}

	/**
	 * Whether the caller decides the step the waiver awaits: the student's supervisor
	 * (graduate-school staff when a supervisor asked for it), the office of the student's
	 * hospital, the graduate school; never someone the waiver's separation of duties
	 * excludes.
	 */
	private boolean mayDecide(CurrentUser user, Waiver waiver, StudentCard student) {
		Role approver = waiver.awaitedApprover();
		if (approver == null || waiver.involves(user.accountId())) {
			return false;
		}
		return switch (approver) {
			case SUPERVISOR -> isOwnSupervisor(user, student.studentNo());
			case HOSPITAL_OFFICE -> user.isOfficeOf(student.hospitalCode());
			default -> user.has(approver);
		};
	}

	private boolean isOwnSupervisor(CurrentUser user, String studentNo) {
		return user.staffNo() != null && this.students.supervisedByCaller(studentNo);
	}

	/**
	 * @return the waiver, if the caller may see its student
	 */
	private Waiver load(long id) {
		return this.waivers.findById(id)
			.filter((waiver) -> this.students.isVisible(card(waiver).studentNo()))
			.orElseThrow(() -> new EligibilityRecordNotFoundException("waiver " + id));
	}

	private StudentCard card(Waiver waiver) {
		return this.students.cardsByIds(List.of(waiver.getStudentId())).get(waiver.getStudentId());
	}

	private StudentKey visible(String studentNo) {
		return this.students.visibleKey(studentNo)
			.orElseThrow(() -> new DegreeAudit.AuditedStudentNotFoundException(studentNo));
	}

	private static Waiver.Actor actor(CurrentUser user) {
		return new Waiver.Actor(user.displayName(), user.accountId());
	}

	/**
	 * Saves a change made on the version the caller saw; a change meanwhile, or one
	 * committed concurrently, is refused.
	 */
	private void save(Waiver waiver, long version) {
		if (waiver.getVersion() != version) {
			throw new OptimisticLockingFailureException("Waiver " + waiver.getId() + " changed meanwhile");
		}
		this.waivers.saveAndFlush(waiver);
	}

	private static WaiverView view(Waiver waiver, StudentCard student) {
		List<WaiverView.Step> steps = waiver.getSteps()
			.stream()
			.sorted(Comparator.comparing(WaiverStep::getActedAt))
			.map((step) -> new WaiverView.Step(step.getStep(), step.getDecision(), step.getReason(), step.getActor(),
					utc(step.getActedAt()), step.getActorAccount()))
			.toList();
		return new WaiverView(waiver.getId(), student.studentNo(), student.name(), student.hospitalCode(),
				waiver.getRuleCode(), waiver.getKind(), waiver.getReason(), waiver.getEvidence(),
				waiver.getSubstitute(), waiver.getExtendedUntil(), waiver.getStatus(), waiver.getRequestedBy(),
				utc(waiver.getRequestedAt()), waiver.getApprovedBy(), waiver.getVersion(), steps,
				waiver.getRequestedByAccount(), waiver.isRequestedBySupervisor());
	}

	private static OffsetDateTime utc(Instant instant) {
		return (instant != null) ? instant.atOffset(ZoneOffset.UTC) : null;
	}

}
