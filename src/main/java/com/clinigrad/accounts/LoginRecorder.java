package com.clinigrad.accounts;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

/**
 * Remembers when each account last logged in on the pages, for the administrators' list.
 */
@Component
class LoginRecorder {

	private final AccountAdministration administration;

	LoginRecorder(AccountAdministration administration) {
		this.administration = administration;
	}

	@EventListener
	void onLogin(InteractiveAuthenticationSuccessEvent event) {
		this.administration.recordLogin(event.getAuthentication().getName(), java.time.Instant.now());
	}

}
