package com.clinigrad.accounts;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import com.clinigrad.accounts.ScopeReferences.ScopeKind;
import com.clinigrad.shared.BusinessRuleException;

import org.springframework.beans.factory.ObjectProvider;
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

	AccountAdministration(UserAccountRepository accounts, PasswordEncoder passwordEncoder,
			ObjectProvider<ScopeReferences> references, CurrentUsers currentUsers, PasswordPolicy passwordPolicy) {
		this.accounts = accounts;
		this.passwordEncoder = passwordEncoder;
		this.references = references;
		this.currentUsers = currentUsers;
		this.passwordPolicy = passwordPolicy;
	}

	@Transactional(readOnly = true)
	public List<AccountView> list() {
		this.currentUsers.require(Role.ADMIN);
		return this.accounts.findAllByOrderByUsernameAsc().stream().map(UserAccount::toView).toList();
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
		return createSystemAccount(username, password, command);
	}

	/**
	 * Creates an account without a caller check: for the demo university and the first
	 * administrator only.
	 */
	@Transactional
	public long createSystemAccount(String username, String password, AccountCommand command) {
		if (this.accounts.existsByUsernameIgnoreCase(username)) {
			throw new BusinessRuleException("account.error.usernameTaken", username);
		}
		checkScope(command);
		UserAccount account = new UserAccount(username.trim(), this.passwordEncoder.encode(password),
				command.displayName());
		account.update(command);
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
		account.update(command);
	}

	/**
	 * @throws WeakPasswordException when the password breaks the {@link PasswordPolicy}
	 */
	@Transactional
	public void resetPassword(long id, String password) {
		this.currentUsers.require(Role.ADMIN);
		UserAccount account = find(id);
		this.passwordPolicy.check(account.getUsername(), password);
		account.changePassword(this.passwordEncoder.encode(password));
	}

	@Transactional
	void recordLogin(String username, java.time.Instant when) {
		this.accounts.findByUsernameIgnoreCase(username).ifPresent((account) -> account.loggedIn(when));
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
