package com.clinigrad.accounts;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import com.clinigrad.shared.web.ApiLanguage;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
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
			Locale language = (request.getHeader(HttpHeaders.ACCEPT_LANGUAGE) != null) ? ApiLanguage.of(request)
					: Locale.SIMPLIFIED_CHINESE;
			String message = this.messages.getMessage("account.password.apiRefused", null, language);
			response.setStatus(HttpStatus.FORBIDDEN.value());
			response.setContentType(MediaType.APPLICATION_JSON_VALUE);
			response.setCharacterEncoding(StandardCharsets.UTF_8.name());
			response.getWriter()
				.write("{\"status\":403,\"error\":\"PASSWORD_CHANGE_REQUIRED\",\"message\":\"" + json(message) + "\"}");
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

	private static String json(String text) {
		StringBuilder out = new StringBuilder(text.length() + 8);
		for (char c : text.toCharArray()) {
			switch (c) {
				case '"' -> out.append("\\\"");
				case '\\' -> out.append("\\\\");
				default -> {
					if (c < 0x20) {
						out.append(String.format("\\u%04x", (int) c));
					}
					else {
						out.append(c);
					}
				}
			}
		}
		return out.toString();
	}

}
