package com.clinigrad.accounts;

import java.util.Optional;

import com.clinigrad.shared.history.Actors;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Tells services who is calling, so that they can enforce role and scope themselves
 * instead of relying on hidden links.
 */
@Component
public class CurrentUsers {

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
