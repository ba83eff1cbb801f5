package com.clinigrad.accounts;

import org.apereo.cas.client.authentication.AttributePrincipal;
import org.apereo.cas.client.validation.Assertion;
import org.apereo.cas.client.validation.Cas30ServiceTicketValidator;
import org.apereo.cas.client.validation.TicketValidationException;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.core.Authentication;

/**
 * Validates a CAS service ticket at the CAS server ({@code /p3/serviceValidate}, protocol
 * 3.0) for this service and turns the person it names into their Clinigrad account (by
 * the CAS user name or the configured attribute). A ticket the server does not confirm,
 * one issued for another service, or an answer that is no CAS answer is refused.
 */
final class CasTicketAuthenticationProvider implements AuthenticationProvider {

	private final Cas30ServiceTicketValidator validator;

	private final SingleSignOnAccounts accounts;

	private final String attribute;

	private final SingleSignOnMatch matchBy;

	CasTicketAuthenticationProvider(String serverUrl, SingleSignOnAccounts accounts, String attribute,
			SingleSignOnMatch matchBy) {
		this.validator = new Cas30ServiceTicketValidator(serverUrl);
		this.validator.setEncoding("UTF-8");
		this.accounts = accounts;
		this.attribute = attribute;
		this.matchBy = matchBy;
	}

	@Override
	public Authentication authenticate(Authentication authentication) {
		CasAuthenticationToken token = (CasAuthenticationToken) authentication;
		String ticket = (String) token.getCredentials();
		Assertion assertion;
		try {
			assertion = this.validator.validate(ticket, token.getService());
		}
		catch (TicketValidationException | RuntimeException ex) {
			throw new BadCredentialsException("The CAS server did not confirm the ticket", ex);
		}
		String identity = identity(assertion.getPrincipal());
		AccountPrincipal account = this.accounts.find(this.matchBy, identity)
			.orElseThrow(() -> SingleSignOnRefusedException.unknown(identity));
		if (!account.isEnabled()) {
			throw SingleSignOnRefusedException.disabled(identity);
		}
		return CasAuthenticationToken.validated(new CasAccountPrincipal(account, ticket));
	}

	private String identity(AttributePrincipal principal) {
		if (this.attribute == null || this.attribute.isBlank()) {
			return principal.getName();
		}
		Object value = principal.getAttributes().get(this.attribute);
		if (value instanceof Iterable<?> values) {
			java.util.Iterator<?> first = values.iterator();
			value = first.hasNext() ? first.next() : null;
		}
		return (value != null) ? value.toString() : null;
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return CasAuthenticationToken.class.isAssignableFrom(authentication);
	}

}
