package com.clinigrad.eligibility;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.clinigrad.accounts.CurrentUser;
import com.clinigrad.accounts.CurrentUsers;
import com.clinigrad.accounts.Role;
import com.clinigrad.eligibility.rules.RuleSet;
import com.clinigrad.eligibility.rules.Waiver;
import com.clinigrad.shared.BusinessRuleException;
import com.clinigrad.shared.SchoolTime;
import com.clinigrad.students.StudentCard;
import com.clinigrad.students.StudentKey;
import com.clinigrad.students.StudentRegistry;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Waivers (DOMAIN §7 and the audit issue): an exception on one check of one student —
 * waive it, accept a substitute, or extend a deadline — requested with a reason and
 * evidence and approved along the chain supervisor → hospital office → graduate school.
 * An approved waiver makes the check {@code WAIVED}, saying who approved it and why;
 * revoking it needs a reason.
 */
@Service
public class WaiverBook {

	private final JdbcClient jdbc;

	private final StudentRegistry students;

	private final CurrentUsers currentUsers;

	WaiverBook(JdbcClient jdbc, StudentRegistry students, CurrentUsers currentUsers) {
		this.jdbc = jdbc;
		this.students = students;
		this.currentUsers = currentUsers;
	}

	/**
	 * Requests a waiver for a student the caller may see (the student, a supervisor, the
	 * hospital office or the graduate school).
	 * @return the waiver's id
	 */
	@Transactional
	public long request(String studentNo, String ruleCode, String kind, String reason, String evidence,
			String substitute, LocalDate extendedUntil) {
		StudentKey student = visible(studentNo);
		CurrentUser user = this.currentUsers.require(Role.STUDENT, Role.SUPERVISOR, Role.HOSPITAL_OFFICE,
				Role.GRAD_SCHOOL);
		if (!RuleSet.CODES.contains(ruleCode)) {
			throw new BusinessRuleException("waiver.error.unknownRule", ruleCode);
		}
		if (reason == null || reason.isBlank()) {
			throw new BusinessRuleException("waiver.error.reasonRequired");
		}
		if ("SUBSTITUTE".equals(kind) && (substitute == null || substitute.isBlank())) {
			throw new BusinessRuleException("waiver.error.substituteRequired");
		}
		if ("EXTEND".equals(kind) && extendedUntil == null) {
			throw new BusinessRuleException("waiver.error.dateRequired");
		}
		this.jdbc.sql("""
				update waiver set status = 'EXPIRED'
				where student_id = :s and rule_code = :r and status = 'APPROVED' and kind = 'EXTEND'
				  and extended_until < :today
				""").param("s", student.id()).param("r", ruleCode).param("today", SchoolTime.today()).update();
		boolean active = this.jdbc.sql("""
				select count(*) from waiver where student_id = :s and rule_code = :r
				and status in ('REQUESTED', 'SUPERVISOR_APPROVED', 'HOSPITAL_APPROVED', 'APPROVED')
				""").param("s", student.id()).param("r", ruleCode).query(Long.class).single() > 0;
		if (active) {
			throw new BusinessRuleException("waiver.error.exists", ruleCode);
		}
		long id = this.jdbc
			.sql("""
					insert into waiver (student_id, rule_code, kind, reason, evidence, substitute, extended_until, status,
					    requested_by, requested_by_account, requested_by_supervisor)
					values (:s, :r, :kind, :reason, :evidence, :substitute, :until, 'REQUESTED', :who, :account, :supervisor)
					returning id
					""")
			.param("s", student.id())
			.param("r", ruleCode)
			.param("kind", kind)
			.param("reason", reason.trim())
			.param("evidence", blankToNull(evidence))
			.param("substitute", "SUBSTITUTE".equals(kind) ? substitute.trim() : null)
			.param("until", "EXTEND".equals(kind) ? extendedUntil : null)
			.param("who", user.displayName())
			.param("account", user.accountId())
			.param("supervisor", user.has(Role.SUPERVISOR) && isOwnSupervisor(user, studentNo))
			.query(Long.class)
			.single();
		step(id, "REQUEST", "REQUESTED", reason.trim(), user);
		return id;
	}

	/**
	 * The decision of the step the waiver awaits: the student's supervisor, then the
	 * office of the student's hospital, then the graduate school. A rejection needs a
	 * reason.
	 */
	@Transactional
	public void decide(long id, long version, boolean approve, String reason) {
		WaiverView waiver = waiver(id);
		CurrentUser user = this.currentUsers.current();
		Role awaited = waiver.status().awaits();
		if (awaited == null) {
			throw new BusinessRuleException("waiver.error.closed", waiver.status().name());
		}
		if (waiver.involves(user.accountId())) {
			throw new BusinessRuleException("waiver.error.ownRequest");
		}
		if (!mayDecide(user, waiver, awaited)) {
			throw new AccessDeniedException("Not the awaited approver of waiver " + id);
		}
		if (!approve && (reason == null || reason.isBlank())) {
			throw new BusinessRuleException("waiver.error.reasonRequired");
		}
		WaiverStatus next = waiver.status().after(approve, waiver.hospitalCode() == null);
		int updated = this.jdbc.sql("""
				update waiver set status = :status, version = version + 1,
				    approved_by = case when :status = 'APPROVED' then :who else approved_by end,
				    approved_at = case when :status = 'APPROVED' then now() else approved_at end
				where id = :id and version = :version
				""")
			.param("status", next.name())
			.param("who", user.displayName())
			.param("id", id)
			.param("version", version)
			.update();
		if (updated == 0) {
			throw new OptimisticLockingFailureException("Waiver " + id + " changed meanwhile");
		}
		step(id, stepOf(awaited), approve ? "APPROVED" : "REJECTED", blankToNull(reason), user);
	}

	/**
	 * Revokes an approved waiver; graduate-school staff, with a reason.
	 */
	@Transactional
	public void revoke(long id, long version, String reason) {
		CurrentUser user = this.currentUsers.require(Role.GRAD_SCHOOL);
		WaiverView waiver = waiver(id);
		if (reason == null || reason.isBlank()) {
			throw new BusinessRuleException("waiver.error.reasonRequired");
		}
		WaiverStatus next = waiver.status().revoked();
		int updated = this.jdbc
			.sql("update waiver set status = :s, version = version + 1 where id = :id and version = :v")
			.param("s", next.name())
			.param("id", id)
			.param("v", version)
			.update();
		if (updated == 0) {
			throw new OptimisticLockingFailureException("Waiver " + id + " changed meanwhile");
		}
		step(id, "REVOKE", "REVOKED", reason.trim(), user);
	}

	/**
	 * A waiver, for anyone who may see its student.
	 */
	@Transactional(readOnly = true)
	public WaiverView waiver(long id) {
		List<WaiverView> found = query("w.id = :id", Map.of("id", id));
		if (found.isEmpty() || !this.students.isVisible(found.get(0).studentNo())) {
			throw new DegreeAudits.AuditedStudentNotFoundException("waiver " + id);
		}
		return found.get(0);
	}

	@Transactional(readOnly = true)
	public List<WaiverView> ofStudent(String studentNo) {
		StudentKey student = visible(studentNo);
		return query("w.student_id = :s", Map.of("s", student.id()));
	}

	/**
	 * @return the open waivers awaiting the caller's decision
	 */
	@Transactional(readOnly = true)
	public List<WaiverView> queue() {
		CurrentUser user = this.currentUsers.current();
		List<WaiverView> open = query("w.status in ('REQUESTED', 'SUPERVISOR_APPROVED', 'HOSPITAL_APPROVED')", Map.of())
			.stream()
			.filter((w) -> mayDecide(user, w, w.status().awaits()))
			.toList();
		if (open.isEmpty()) {
			return open;
		}
		java.util.Set<String> visible = this.students
			.visibleCards(this.students.idsByStudentNo(open.stream().map(WaiverView::studentNo).toList()).values())
			.values()
			.stream()
			.map(StudentCard::studentNo)
			.collect(java.util.stream.Collectors.toSet());
		return open.stream().filter((w) -> visible.contains(w.studentNo())).toList();
	}

	/**
	 * @return whether the waiver awaits the caller's decision
	 */
	@Transactional(readOnly = true)
	public boolean awaitsCaller(long id) {
		WaiverView waiver = waiver(id);
		return mayDecide(this.currentUsers.current(), waiver, waiver.status().awaits());
	}

	/**
	 * @return the waivers in force on the day, per student and rule (no caller check; the
	 * audit has checked the student)
	 */
	@Transactional(readOnly = true)
	public Map<Long, Map<String, Waiver>> inForce(Collection<Long> studentIds, LocalDate asOf) {
		Map<Long, Map<String, Waiver>> waivers = new HashMap<>();
		if (studentIds.isEmpty()) {
			return waivers;
		}
		this.jdbc
			.sql("""
					select student_id, rule_code, kind, reason, substitute, extended_until, approved_by from waiver
					where status = 'APPROVED' and student_id in (:ids)
					  and cast(approved_at at time zone 'Asia/Shanghai' as date) <= :asOf and (kind <> 'EXTEND' or extended_until >= :asOf)
					""")
			.param("ids", studentIds)
			.param("asOf", asOf)
			.query((rs) -> {
				String why = rs.getString("reason");
				if ("SUBSTITUTE".equals(rs.getString("kind"))) {
					why = why + " (" + rs.getString("substitute") + ")";
				}
				else if ("EXTEND".equals(rs.getString("kind"))) {
					why = why + " (→ " + rs.getObject("extended_until", LocalDate.class) + ")";
				}
				waivers.computeIfAbsent(rs.getLong("student_id"), (s) -> new HashMap<>())
					.put(rs.getString("rule_code"), new Waiver(rs.getString("approved_by"), why));
			});
		return waivers;
	}

	/**
	 * Whether the caller decides the step the waiver awaits: the student's supervisor
	 * (graduate-school staff when a supervisor asked for it), the office of the student's
	 * hospital, the graduate school; never the person who asked for it or decided an
	 * earlier step.
	 */
	private boolean mayDecide(CurrentUser user, WaiverView waiver, Role awaited) {
		if (awaited == null || waiver.involves(user.accountId())) {
			return false;
		}
		return switch (awaited) {
			case SUPERVISOR -> waiver.requestedBySupervisor() ? user.has(Role.GRAD_SCHOOL)
					: user.has(Role.SUPERVISOR) && isOwnSupervisor(user, waiver.studentNo());
			case HOSPITAL_OFFICE -> user.has(Role.HOSPITAL_OFFICE) && user.hospitalCode() != null
					&& user.hospitalCode().equals(waiver.hospitalCode());
			default -> user.has(awaited);
		};
	}

	private boolean isOwnSupervisor(CurrentUser user, String studentNo) {
		if (user.staffNo() == null) {
			return false;
		}
		return this.students.byStudentNo(studentNo)
			.map((student) -> user.staffNo().equals(student.supervisorStaffNo())
					|| user.staffNo().equals(student.coSupervisorStaffNo()))
			.orElse(false);
	}

	private StudentKey visible(String studentNo) {
		return this.students.visibleKey(studentNo)
			.orElseThrow(() -> new DegreeAudits.AuditedStudentNotFoundException(studentNo));
	}

	private void step(long id, String step, String decision, String reason, CurrentUser user) {
		this.jdbc.sql("""
				insert into waiver_step (waiver_id, step, decision, reason, actor, actor_account)
				values (:w, :step, :d, :r, :a, :account)
				""")
			.param("w", id)
			.param("step", step)
			.param("d", decision)
			.param("r", reason)
			.param("a", user.displayName())
			.param("account", user.accountId())
			.update();
	}

	private static String stepOf(Role role) {
		return switch (role) {
			case SUPERVISOR -> "SUPERVISOR";
			case HOSPITAL_OFFICE -> "HOSPITAL_OFFICE";
			default -> "GRAD_SCHOOL";
		};
	}

	/**
	 * The waivers matching the condition, their students from the register and their
	 * steps from one query.
	 */
	private List<WaiverView> query(String condition, Map<String, Object> params) {
		List<Object[]> rows = new ArrayList<>();
		this.jdbc.sql("select w.* from waiver w where %s order by w.requested_at desc, w.id desc".formatted(condition))
			.params(params)
			.query((rs) -> {
				rows.add(new Object[] { rs.getLong("id"), rs.getLong("student_id"), rs.getString("rule_code"),
						rs.getString("kind"), rs.getString("reason"), rs.getString("evidence"),
						rs.getString("substitute"), rs.getObject("extended_until", LocalDate.class),
						WaiverStatus.valueOf(rs.getString("status")), rs.getString("requested_by"),
						rs.getObject("requested_at", OffsetDateTime.class), rs.getString("approved_by"),
						rs.getLong("version"), rs.getObject("requested_by_account", Long.class),
						rs.getBoolean("requested_by_supervisor") });
			});
		if (rows.isEmpty()) {
			return List.of();
		}
		Map<Long, StudentCard> students = this.students.cardsByIds(rows.stream().map((r) -> (Long) r[1]).toList());
		Map<Long, List<WaiverView.Step>> steps = new HashMap<>();
		this.jdbc.sql("select * from waiver_step where waiver_id in (:ids) order by acted_at, id")
			.param("ids", rows.stream().map((r) -> (Long) r[0]).toList())
			.query((rs) -> {
				steps.computeIfAbsent(rs.getLong("waiver_id"), (w) -> new ArrayList<>())
					.add(new WaiverView.Step(rs.getString("step"), rs.getString("decision"), rs.getString("reason"),
							rs.getString("actor"), rs.getObject("acted_at", OffsetDateTime.class),
							rs.getObject("actor_account", Long.class)));
			});
		List<WaiverView> waivers = new ArrayList<>();
		for (Object[] r : rows) {
			StudentCard student = students.get((Long) r[1]);
			waivers.add(new WaiverView((Long) r[0], student.studentNo(), student.name(), student.hospitalCode(),
					(String) r[2], (String) r[3], (String) r[4], (String) r[5], (String) r[6], (LocalDate) r[7],
					(WaiverStatus) r[8], (String) r[9], (OffsetDateTime) r[10], (String) r[11], (Long) r[12],
					steps.getOrDefault((Long) r[0], List.of()), (Long) r[13], (Boolean) r[14]));
		}
		return waivers;
	}

	private static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value.trim();
	}

}
