package com.clinigrad.accounts;

import java.util.Optional;

import com.clinigrad.shared.history.Actors;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Tells services who is calling, so that they can enforce role and scope themselves
 * instead of relying on hidden links.
 */
@Component
public class CurrentUsers {

	private final UserAccountRepository accounts;

	CurrentUsers(UserAccountRepository accounts) {
		this.accounts = accounts;
	}

	/**
	 * Runs what a person's action set off after their request (a module reacting to it,
	 * on another thread) as that person: with their account's roles and scope as they
	 * stand now, never more; a disabled or deleted account runs nothing.
	 * @param username the person whose action it was
	 * @param work what to run; the services it calls check role and scope as usual
	 * @throws AccessDeniedException when the account no longer exists or is disabled
	 */
	public void actingAs(String username, Runnable work) {
		AccountPrincipal principal = this.accounts.findByUsernameIgnoreCase(username)
			.map(AccountPrincipal::new)
			.filter(AccountPrincipal::isEnabled)
			.orElseThrow(() -> new AccessDeniedException("No enabled account " + username));
		SecurityContext previous = SecurityContextHolder.getContext();
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(
				UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities()));
		SecurityContextHolder.setContext(context);
		try {
			work.run();
		}
		finally {
			SecurityContextHolder.setContext(previous);
		}
	}

	/**
	 * @return the authenticated caller
	 * @throws AccessDeniedException when nobody is authenticated
	 */
	public CurrentUser current() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null && authentication.getPrincipal() instanceof AccountPrincipal principal) {
			return principal.toCurrentUser();
		}
		throw new AccessDeniedException("Not authenticated");
	}

	/**
	 * @return the authenticated caller, or empty when nobody is (the login page)
	 */
	public Optional<CurrentUser> find() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null && authentication.getPrincipal() instanceof AccountPrincipal principal) {
			return Optional.of(principal.toCurrentUser());
		}
		return Optional.empty();
	}

	/**
	 * @return the caller's login name, or {@code system} outside a request
	 */
	public String currentUsername() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		return (authentication != null && authentication.isAuthenticated()) ? authentication.getName() : Actors.SYSTEM;
	}

	/**
	 * Refuses the call unless the caller holds one of the roles.
	 * @param roles the roles that may proceed
	 * @return the caller
	 */
	public CurrentUser require(Role... roles) {
		CurrentUser user = current();
		if (!user.hasAny(roles)) {
			throw new AccessDeniedException("Role required");
		}
		return user;
	}

}
