package com.clinigrad.accounts;

import java.time.Instant;

import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * What every logged-in person may do with their own account (and no other): see it and
 * change its password. The current password is checked like a login: each try counts
 * against the same lockout (5 wrong ones lock the account name for 15 minutes, for the
 * login too), so that an unattended session cannot be used to guess the password at
 * speed; a right one clears the count.
 */
@Service
public class OwnAccount {

	private final UserAccountRepository accounts;

	private final CurrentUsers currentUsers;

	private final PasswordEncoder passwordEncoder;

	private final PasswordPolicy passwordPolicy;

	private final LoginThrottle throttle;

	private final ActiveSessions sessions;

	private final TransactionTemplate transaction;

	OwnAccount(UserAccountRepository accounts, CurrentUsers currentUsers, PasswordEncoder passwordEncoder,
			PasswordPolicy passwordPolicy, LoginThrottle throttle, PlatformTransactionManager transactionManager,
			ActiveSessions sessions) {
		this.sessions = sessions;
		this.accounts = accounts;
		this.currentUsers = currentUsers;
		this.passwordEncoder = passwordEncoder;
		this.passwordPolicy = passwordPolicy;
		this.throttle = throttle;
		this.transaction = new TransactionTemplate(transactionManager);
	}

	/**
	 * @return the caller's account
	 */
	@Transactional(readOnly = true)
	public AccountView view() {
		return find(this.currentUsers.current().accountId()).toView();
	}

	/**
	 * Changes the caller's password. The attempt is counted before the current password
	 * is checked (outside the transaction of the change, so that a refusal does not undo
	 * the count); the login of this session then knows the password was changed.
	 * @param version the account's version the form was shown with
	 * @throws PasswordChangeRefusedException when the current password is wrong, the
	 * account name is locked after too many wrong ones, or the new password is the
	 * current one
	 * @throws WeakPasswordException when the new password breaks the policy
	 * @throws ObjectOptimisticLockingFailureException when the account changed since the
	 * form was shown (an administrator reset the password, another tab changed it)
	 */
	public void changePassword(long version, String currentPassword, String newPassword) {
		CurrentUser caller = this.currentUsers.current();
		if (!this.throttle.tryAttempt(caller.username())) {
			throw new PasswordChangeRefusedException(true, "account.password.locked",
					this.throttle.lockout().toMinutes());
		}
		UserAccount account = find(caller.accountId());
		if (currentPassword == null || !this.passwordEncoder.matches(currentPassword, account.getPasswordHash())) {
			throw new PasswordChangeRefusedException(true, "account.password.wrongCurrent", this.throttle.maxFailures(),
					this.throttle.lockout().toMinutes());
		}
		this.throttle.succeeded(caller.username());
		this.passwordPolicy.check(account.getUsername(), newPassword);
		if (this.passwordEncoder.matches(newPassword, account.getPasswordHash())) {
			throw new PasswordChangeRefusedException(false, "account.password.same");
		}
		String hash = this.passwordEncoder.encode(newPassword);
		UserAccount changed = this.transaction.execute((status) -> {
			UserAccount current = find(caller.accountId());
			if (current.getVersion() != version) {
				throw new ObjectOptimisticLockingFailureException(UserAccount.class, current.getId());
			}
			current.changePassword(hash, false, Instant.now());
			this.accounts.flush();
			return current;
		});
		AccountPrincipal principal = new AccountPrincipal(changed);
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(
				UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities()));
		SecurityContextHolder.setContext(context);
		// whoever else holds a session of this account (a forgotten browser, a thief) is
		// logged out; this one goes on
		this.sessions.endAllBut(caller.username(), RequestContextHolder.currentRequestAttributes().getSessionId(),
				caller.username());
	}

	/**
	 * @return how many wrong passwords in a row lock the account name
	 */
	public int maxFailedAttempts() {
		return this.throttle.maxFailures();
	}

	/**
	 * @return for how many minutes a lock lasts
	 */
	public long lockoutMinutes() {
		return this.throttle.lockout().toMinutes();
	}

	private UserAccount find(long id) {
		return this.accounts.findById(id).orElseThrow(() -> new AccountNotFoundException(id));
	}

}
