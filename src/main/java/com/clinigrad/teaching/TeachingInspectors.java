package com.clinigrad.teaching;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.clinigrad.accounts.AccountDirectory;
import com.clinigrad.accounts.CurrentUser;
import com.clinigrad.accounts.CurrentUsers;
import com.clinigrad.accounts.Role;
import com.clinigrad.shared.BusinessRuleException;
import com.clinigrad.supervisors.SupervisorDirectory;
import com.clinigrad.supervisors.SupervisorRef;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The teaching supervisors (督导专家): a designation the graduate school gives to members of
 * its teaching staff, not a login role. A designated person keeps their own roles and
 * account; the designation lets them record class visits. An ended designation keeps the
 * visits recorded under it.
 */
@Service
public class TeachingInspectors {

	private final JdbcClient jdbc;

	private final CurrentUsers currentUsers;

	private final SupervisorDirectory supervisors;

	private final AccountDirectory accounts;

	TeachingInspectors(JdbcClient jdbc, CurrentUsers currentUsers, SupervisorDirectory supervisors,
			AccountDirectory accounts) {
		this.accounts = accounts;
		this.jdbc = jdbc;
		this.currentUsers = currentUsers;
		this.supervisors = supervisors;
	}

	/**
	 * @return every designation, active ones first; graduate-school staff only
	 */
	@Transactional(readOnly = true)
	public List<Inspector> list() {
		this.currentUsers.require(Role.GRAD_SCHOOL);
		List<Object[]> rows = this.jdbc.sql("""
				select i.supervisor_id, i.designated_by, i.designated_at, i.active, i.version,
				    (select count(*) from class_visit v where v.inspector_id = i.supervisor_id) as visits
				from teaching_inspector i order by i.active desc, i.designated_at desc
				""")
			.query((rs,
					n) -> new Object[] { rs.getLong(1), rs.getString(2), rs.getTimestamp(3).toInstant(),
							rs.getBoolean(4), rs.getLong(5), rs.getInt(6) })
			.list();
		Map<String, String> names = this.accounts.displayNames(rows.stream().map((r) -> (String) r[1]).toList());
		return rows.stream().map((r) -> {
			SupervisorRef person = this.supervisors.byId((Long) r[0]).orElseThrow();
			return new Inspector(person, (String) r[1], names.getOrDefault((String) r[1], (String) r[1]),
					(Instant) r[2], (Boolean) r[3], (Long) r[4], (Integer) r[5]);
		}).toList();
	}

	/**
	 * Designates a member of the teaching staff (or designates them again);
	 * graduate-school staff only.
	 */
	@Transactional
	public void designate(String staffNo) {
		this.currentUsers.require(Role.GRAD_SCHOOL);
		designateAs(staffNo, this.currentUsers.currentUsername());
	}

	/**
	 * Designates with no caller check: for loaders that run without a logged-in user (the
	 * demo university).
	 */
	@Transactional
	public void designateAs(String staffNo, String by) {
		SupervisorRef person = staff(staffNo);
		this.jdbc.sql("""
				insert into teaching_inspector (supervisor_id, designated_by) values (:s, :by)
				on conflict (supervisor_id) do update set active = true, designated_by = :by, designated_at = now(),
				    version = teaching_inspector.version + 1
				""").param("s", person.id()).param("by", by).update();
	}

	/**
	 * Ends a designation; graduate-school staff only.
	 * @throws OptimisticLockingFailureException when it was changed meanwhile
	 */
	@Transactional
	public void end(String staffNo, long version) {
		this.currentUsers.require(Role.GRAD_SCHOOL);
		SupervisorRef person = staff(staffNo);
		int updated = this.jdbc.sql("""
				update teaching_inspector set active = false, version = version + 1
				where supervisor_id = :s and version = :v and active
				""").param("s", person.id()).param("v", version).update();
		if (updated == 0) {
			throw new OptimisticLockingFailureException("Designation of " + staffNo + " was changed meanwhile");
		}
	}

	/**
	 * @return the caller's supervisor record when they are an active teaching supervisor
	 */
	@Transactional(readOnly = true)
	public Optional<SupervisorRef> callerAsInspector() {
		CurrentUser user = this.currentUsers.current();
		if (user.staffNo() == null || user.has(Role.STUDENT)) {
			return Optional.empty();
		}
		return this.supervisors.byStaffNo(user.staffNo()).filter((s) -> isActive(s.id()));
	}

	boolean isActive(long supervisorId) {
		return this.jdbc.sql("select count(*) from teaching_inspector where supervisor_id = :s and active")
			.param("s", supervisorId)
			.query(Long.class)
			.single() > 0;
	}

	private SupervisorRef staff(String staffNo) {
		if (staffNo == null || staffNo.isBlank()) {
			throw new BusinessRuleException("teaching.error.staffRequired");
		}
		return this.supervisors.byStaffNo(staffNo.strip())
			.orElseThrow(() -> new BusinessRuleException("teaching.error.unknownStaff", staffNo.strip()));
	}

	/**
	 * A designation with the number of visits recorded under it.
	 */
	public record Inspector(SupervisorRef person, String designatedBy, String designatedByName, Instant designatedAt,
			boolean active, long version, int visits) {
	}

}
