package com.clinigrad.accounts;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import com.clinigrad.accounts.ScopeReferences.ScopeKind;
import com.clinigrad.shared.BusinessRuleException;
import com.clinigrad.shared.history.ChangeEntry;
import com.clinigrad.shared.history.ChangeHistory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates accounts, grants roles and sets the scope each role is limited to. Only
 * administrators call it; {@link #createSystemAccount} is for the demo data and first
 * start.
 */
@Service
public class AccountAdministration {

	private final UserAccountRepository accounts;

	private final PasswordEncoder passwordEncoder;

	private final ObjectProvider<ScopeReferences> references;

	private final CurrentUsers currentUsers;

	private final PasswordPolicy passwordPolicy;

	private final LoginThrottle throttle;

	private final ChangeHistory changeHistory;

	private final JdbcClient jdbc;

	private final ActiveSessions sessions;

	private final AccountDirectory directory;

	AccountAdministration(UserAccountRepository accounts, PasswordEncoder passwordEncoder,
			ObjectProvider<ScopeReferences> references, CurrentUsers currentUsers, PasswordPolicy passwordPolicy,
			LoginThrottle throttle, ChangeHistory changeHistory, JdbcClient jdbc, ActiveSessions sessions,
			AccountDirectory directory) {
		this.directory = directory;
		this.sessions = sessions;
		this.accounts = accounts;
		this.passwordEncoder = passwordEncoder;
		this.references = references;
		this.currentUsers = currentUsers;
		this.passwordPolicy = passwordPolicy;
		this.throttle = throttle;
		this.changeHistory = changeHistory;
		this.jdbc = jdbc;
	}

	/**
	 * One page of the accounts, by login name.
	 * @param text part of the login or the name, or {@code null}
	 * @param role a role the accounts hold, or {@code null}
	 * @param mustChangePassword only those that must still change their password
	 */
	@Transactional(readOnly = true)
	public Page<AccountView> search(String text, Role role, boolean mustChangePassword, Pageable pageable) {
		this.currentUsers.require(Role.ADMIN);
		Specification<UserAccount> where = (root, query, cb) -> cb.conjunction();
		if (text != null && !text.isBlank()) {
			String like = "%"
					+ text.trim().toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
					+ "%";
			where = where.and((root, query, cb) -> cb.or(cb.like(cb.lower(root.get("username")), like, '\\'),
					cb.like(cb.lower(root.get("displayName")), like, '\\')));
		}
		if (role != null) {
			where = where.and((root, query, cb) -> cb.isMember(role, root.get("roles")));
		}
		if (mustChangePassword) {
			where = where.and((root, query, cb) -> cb.isTrue(root.get("mustChangePassword")));
		}
		return this.accounts
			.findAll(where, PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(), Sort.by("username")))
			.map(UserAccount::toView);
	}

	@Transactional(readOnly = true)
	public AccountView get(long id) {
		this.currentUsers.require(Role.ADMIN);
		return find(id).toView();
	}

	@Transactional(readOnly = true)
	public boolean exists(String username) {
		return this.accounts.existsByUsernameIgnoreCase(username);
	}

	@Transactional(readOnly = true)
	public long count() {
		return this.accounts.count();
	}

	/**
	 * Creates an account.
	 * @return the new account's id
	 * @throws BusinessRuleException when the username is taken or the scope is incomplete
	 * @throws WeakPasswordException when the password breaks the {@link PasswordPolicy}
	 */
	@Transactional
	public long create(String username, String password, AccountCommand command) {
		this.currentUsers.require(Role.ADMIN);
		this.passwordPolicy.check(username, password);
		return newAccount(username, password, command, true);
	}

	/**
	 * Creates an account without a caller check: for the demo university and the first
	 * administrator only. Its holder chose the password (or the demo publishes it), so it
	 * need not be changed at the first login.
	 */
	@Transactional
	public long createSystemAccount(String username, String password, AccountCommand command) {
		return newAccount(username, password, command, false);
	}

	private long newAccount(String username, String password, AccountCommand command, boolean mustChangePassword) {
		if (this.accounts.existsByUsernameIgnoreCase(username)) {
			throw new BusinessRuleException("account.error.usernameTaken", username);
		}
		checkScope(command);
		UserAccount account = new UserAccount(username.trim(), this.passwordEncoder.encode(password),
				command.displayName());
		account.update(command);
		if (mustChangePassword) {
			account.requirePasswordChange();
		}
		return this.accounts.save(account).getId();
	}

	@Transactional
	public void update(long id, long version, AccountCommand command) {
		this.currentUsers.require(Role.ADMIN);
		UserAccount account = find(id);
		if (account.getVersion() != version) {
			throw new ObjectOptimisticLockingFailureException(UserAccount.class, id);
		}
		checkScope(command);
		boolean narrowed = !command.enabled() || !command.roles().containsAll(account.getRoles())
				|| !Objects.equals(command.hospitalCode(), account.getHospitalCode())
				|| !Objects.equals(command.departmentCode(), account.getDepartmentCode())
				|| !Objects.equals(command.staffNo(), account.getStaffNo())
				|| !Objects.equals(command.studentNo(), account.getStudentNo());
		account.update(command);
		if (narrowed) {
			// the sessions hold the roles and scope of their login: a disabled account or
			// a
			// role or scope taken away applies at once
			this.sessions.endAllBut(account.getUsername(), null, this.currentUsers.current().username());
		}
	}

	/**
	 * Sets a password the administrator chose and hands over: its holder must change it
	 * at the next login. A lock after failed logins ends with it (the usual reason for a
	 * reset is a forgotten password).
	 * @throws WeakPasswordException when the password breaks the {@link PasswordPolicy}
	 */
	@Transactional
	public void resetPassword(long id, String password) {
		this.currentUsers.require(Role.ADMIN);
		UserAccount account = find(id);
		this.passwordPolicy.check(account.getUsername(), password);
		account.changePassword(this.passwordEncoder.encode(password), true, Instant.now());
		this.throttle.succeeded(account.getUsername());
		this.sessions.endAllBut(account.getUsername(), null, this.currentUsers.current().username());
	}

	/**
	 * @return the account's changes (who, when, old → new), newest first; the password
	 * appears only as the time it was changed
	 */
	@Transactional(readOnly = true)
	public List<ChangeEntry> history(long id) {
		this.currentUsers.require(Role.ADMIN);
		find(id);
		return this.directory
			.withDisplayNames(this.changeHistory.of(UserAccount.class, id, UserAccount.HISTORY_FIELDS, Map.of()));
	}

	/**
	 * Remembers the time of a login without making it a change of the account (no new
	 * version, nothing in the history).
	 */
	@Transactional
	void recordLogin(String username, Instant when) {
		this.jdbc.sql("update user_account set last_login_at = :when where lower(username) = lower(:username)")
			.param("when", Timestamp.from(when))
			.param("username", username)
			.update();
	}

	private UserAccount find(long id) {
		return this.accounts.findById(id).orElseThrow(() -> new AccountNotFoundException(id));
	}

	/**
	 * Each scoped role needs the record it is limited to, and that record must exist.
	 */
	private void checkScope(AccountCommand command) {
		Set<Role> roles = command.roles();
		List<String> missing = new ArrayList<>();
		if ((roles.contains(Role.HOSPITAL_OFFICE) || roles.contains(Role.DEPT_COORDINATOR))
				&& isBlank(command.hospitalCode())) {
			missing.add("hospitalCode");
		}
		if (roles.contains(Role.DEPT_COORDINATOR) && isBlank(command.departmentCode())) {
			missing.add("departmentCode");
		}
		if (roles.contains(Role.SUPERVISOR) && isBlank(command.staffNo())) {
			missing.add("staffNo");
		}
		if (roles.contains(Role.STUDENT) && isBlank(command.studentNo())) {
			missing.add("studentNo");
		}
		if (!missing.isEmpty()) {
			throw new BusinessRuleException("account.error.scopeMissing", String.join(", ", missing));
		}
		requireExisting(ScopeKind.HOSPITAL, command.hospitalCode());
		if (!isBlank(command.departmentCode())) {
			requireExisting(ScopeKind.DEPARTMENT, command.hospitalCode() + "/" + command.departmentCode());
		}
		requireExisting(ScopeKind.SUPERVISOR, command.staffNo());
		requireExisting(ScopeKind.STUDENT, command.studentNo());
	}

	private void requireExisting(ScopeKind kind, String code) {
		if (isBlank(code)) {
			return;
		}
		for (ScopeReferences reference : this.references) {
			if (reference.supports(kind) && !reference.exists(kind, code.trim())) {
				throw new BusinessRuleException("account.error.unknownReference", code);
			}
		}
	}

	private static boolean isBlank(String value) {
		return value == null || value.isBlank();
	}

}
