package com.clinigrad.shared.history;

import org.hibernate.envers.RevisionListener;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Stamps each revision with the caller's login ({@code system} for imports at start-up).
 */
public class ChangeRevisionListener implements RevisionListener {

	@Override
	public void newRevision(Object revisionEntity) {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		String username = (authentication != null && authentication.isAuthenticated()) ? authentication.getName()
				: Actors.SYSTEM;
		((ChangeRevision) revisionEntity).setUsername(username);
	}

}
