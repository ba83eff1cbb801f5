package com.clinigrad.accounts;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Keeps a person who logged in with a password someone else chose (an account created in
 * bulk or by an administrator, a password an administrator reset) on the page where they
 * choose their own: every other page redirects there, except logging out, the assets, the
 * error pages and the language switch of that page; the API refuses them with a JSON
 * message saying what to do.
 */
final class PasswordChangeGate extends OncePerRequestFilter {

	/** The page where the password is changed. */
	static final String ACCOUNT_PAGE = "/account";

	private static final List<String> OPEN = List.of(ACCOUNT_PAGE, ACCOUNT_PAGE + "/password", "/login", "/logout",
			"/error", "/favicon.ico");

	private static final List<String> OPEN_PREFIXES = List.of("/static/", "/webjars/", "/actuator/", "/error/");

	private final MessageSource messages;

	private final boolean api;

	private PasswordChangeGate(MessageSource messages, boolean api) {
		this.messages = messages;
		this.api = api;
	}

	/**
	 * @return the gate of the pages: a redirect to {@value #ACCOUNT_PAGE}
	 */
	static PasswordChangeGate forPages(MessageSource messages) {
		return new PasswordChangeGate(messages, false);
	}

	/**
	 * @return the gate of the API: 403 with {@code {"status":403,"message":…}}
	 */
	static PasswordChangeGate forApi(MessageSource messages) {
		return new PasswordChangeGate(messages, true);
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (!mustChangePassword() || (!this.api && open(path(request)))) {
			chain.doFilter(request, response);
			return;
		}
		if (this.api) {
			ApiRefusal.write(request, response, this.messages, HttpStatus.FORBIDDEN.value(), "PASSWORD_CHANGE_REQUIRED",
					"account.password.apiRefused");
			return;
		}
		response.sendRedirect(request.getContextPath() + ACCOUNT_PAGE);
	}

	private static boolean mustChangePassword() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		return authentication != null && authentication.getPrincipal() instanceof AccountPrincipal principal
				&& principal.isMustChangePassword();
	}

	private static String path(HttpServletRequest request) {
		String uri = request.getRequestURI();
		String context = request.getContextPath();
		return (context != null && !context.isEmpty() && uri.startsWith(context)) ? uri.substring(context.length())
				: uri;
	}

	private static boolean open(String path) {
		return OPEN.contains(path) || OPEN_PREFIXES.stream().anyMatch(path::startsWith);
	}

}
