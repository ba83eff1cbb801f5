package com.clinigrad.accounts;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import com.clinigrad.shared.history.ChangeEntry;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who holds a role for a record, for modules that must reach people rather than check the
 * caller (the notifications): the enabled accounts with a role, limited to supervisor
 * numbers or a hospital.
 */
@Service
public class AccountDirectory {

	private final JdbcClient jdbc;

	AccountDirectory(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The display names of accounts by their usernames, in one query: for pages that show
	 * who did something, stored as the username. Disabled accounts keep their name.
	 * @return display name by username, for the usernames that have an account with a
	 * display name (others are left out)
	 */
	@Transactional(readOnly = true, propagation = Propagation.SUPPORTS)
	public Map<String, String> displayNames(Collection<String> usernames) {
		Map<String, String> names = new HashMap<>();
		List<String> wanted = usernames.stream().filter(Objects::nonNull).distinct().toList();
		if (wanted.isEmpty()) {
			return names;
		}
		this.jdbc.sql("""
				select username, display_name from user_account
				where username = any(:usernames) and display_name is not null and display_name <> ''""")
			.param("usernames", wanted.toArray(String[]::new))
			.query((java.sql.ResultSet rs) -> {
				names.put(rs.getString("username"), rs.getString("display_name"));
			});
		return names;
	}

	/**
	 * A change history as a page shows it: each person who changed something by their
	 * display name (the system's changes and unknown usernames as they are).
	 */
	@Transactional(readOnly = true)
	public List<ChangeEntry> withDisplayNames(List<ChangeEntry> history) {
		return named(history, displayNames(history.stream().map(ChangeEntry::who).toList()));
	}

	/**
	 * @param names display names by username, from {@link #displayNames}
	 * @return the history with each person who changed something by their display name
	 */
	public static List<ChangeEntry> named(List<ChangeEntry> history, Map<String, String> names) {
		return history.stream().map((e) -> e.bySystem() ? e : e.byName(names.getOrDefault(e.who(), e.who()))).toList();
	}

	/**
	 * @return the enabled accounts holding the role
	 */
	@Transactional(readOnly = true)
	public List<Long> withRole(Role role) {
		return this.jdbc.sql("""
				select a.id from user_account a join user_role r on r.account_id = a.id
				where a.enabled and r.role = :role order by a.id""")
			.param("role", role.name())
			.query(Long.class)
			.list();
	}

	/**
	 * @return the enabled accounts holding the role for one of these supervisor (or
	 * expert) staff numbers
	 */
	@Transactional(readOnly = true)
	public List<Long> withRoleForStaff(Role role, Collection<String> staffNos) {
		if (staffNos.isEmpty()) {
			return List.of();
		}
		return this.jdbc.sql("""
				select a.id from user_account a join user_role r on r.account_id = a.id
				where a.enabled and r.role = :role and a.staff_no in (:staff) order by a.id""")
			.param("role", role.name())
			.param("staff", staffNos)
			.query(Long.class)
			.list();
	}

	/**
	 * @return the enabled accounts holding the role for this hospital
	 */
	@Transactional(readOnly = true)
	public List<Long> withRoleAtHospital(Role role, String hospitalCode) {
		if (hospitalCode == null) {
			return List.of();
		}
		return this.jdbc.sql("""
				select a.id from user_account a join user_role r on r.account_id = a.id
				where a.enabled and r.role = :role and a.hospital_code = :hospital order by a.id""")
			.param("role", role.name())
			.param("hospital", hospitalCode)
			.query(Long.class)
			.list();
	}

	/**
	 * The holder of an enabled account with their roles and scope as they stand now, for
	 * requests that act for a person without a login (a calendar feed opened by its
	 * secret address): the same facts a logged-in holder's {@link CurrentUser} carries.
	 * @return the holder, or empty when the account is missing or disabled
	 */
	@Transactional(readOnly = true)
	public java.util.Optional<CurrentUser> enabledHolder(long accountId) {
		java.util.Set<Role> roles = java.util.EnumSet.noneOf(Role.class);
		this.jdbc.sql("select role from user_role where account_id = :a")
			.param("a", accountId)
			.query(String.class)
			.list()
			.forEach((role) -> roles.add(Role.valueOf(role)));
		return this.jdbc.sql("""
				select id, username, display_name, hospital_code, department_code, staff_no, student_no
				from user_account where id = :a and enabled""")
			.param("a", accountId)
			.query((rs, n) -> new CurrentUser(rs.getLong("id"), rs.getString("username"), rs.getString("display_name"),
					roles, rs.getString("hospital_code"), rs.getString("department_code"), rs.getString("staff_no"),
					rs.getString("student_no")))
			.optional();
	}

	/**
	 * The staff numbers of accounts by login name, whoever asks: for modules that record
	 * work by login name (the exam markers) and count it per staff member (the teaching
	 * workload). Accounts without a staff number are left out.
	 */
	@Transactional(readOnly = true)
	public java.util.Map<String, String> staffNosByUsername(Collection<String> usernames) {
		if (usernames.isEmpty()) {
			return java.util.Map.of();
		}
		java.util.Map<String, String> staffNos = new java.util.HashMap<>();
		this.jdbc.sql("select username, staff_no from user_account where staff_no is not null and username in (:u)")
			.param("u", usernames)
			.query((rs) -> {
				staffNos.put(rs.getString("username"), rs.getString("staff_no"));
			});
		return staffNos;
	}

}
