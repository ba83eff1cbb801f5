package com.clinigrad.accounts;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;

/**
 * The answer to an API token that does not open the API (unknown, malformed, expired,
 * revoked, or of a disabled account): 401 with {@code WWW-Authenticate: Bearer
 * error="invalid_token"} (RFC 6750) and the API's JSON error in the caller's language. It
 * never says which of these it was, so that a guesser learns nothing.
 */
final class ApiTokenEntryPoint implements AuthenticationEntryPoint {

	static final String CHALLENGE = "Bearer error=\"invalid_token\", "
			+ "error_description=\"The API token is unknown, expired or revoked\"";

	private final MessageSource messages;

	ApiTokenEntryPoint(MessageSource messages) {
		this.messages = messages;
	}

	@Override
	public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException exception)
			throws IOException {
		response.setHeader(HttpHeaders.WWW_AUTHENTICATE, CHALLENGE);
		ApiRefusal.write(request, response, this.messages, HttpStatus.UNAUTHORIZED.value(), "INVALID_TOKEN",
				"apiToken.api.invalid");
	}

}
