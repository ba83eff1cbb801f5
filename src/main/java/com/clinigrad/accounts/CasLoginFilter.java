package com.clinigrad.accounts;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.AbstractAuthenticationProcessingFilter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * {@value #PATH}: without a ticket, sends the browser to the CAS server's login; with the
 * ticket the CAS server sent it back with, has it validated and logs the person in.
 */
final class CasLoginFilter extends AbstractAuthenticationProcessingFilter {

	static final String PATH = "/login/cas";

	private final String serverUrl;

	private final String serviceUrl;

	CasLoginFilter(AuthenticationManager manager, String serverUrl, String serviceUrl) {
		super(PathPatternRequestMatcher.withDefaults().matcher(PATH), manager);
		this.serverUrl = stripSlash(serverUrl);
		this.serviceUrl = (serviceUrl == null || serviceUrl.isBlank()) ? null : stripSlash(serviceUrl);
	}

	@Override
	public Authentication attemptAuthentication(HttpServletRequest request, HttpServletResponse response)
			throws IOException {
		String ticket = request.getParameter("ticket");
		if (ticket == null || ticket.isBlank()) {
			response.sendRedirect(this.serverUrl + "/login?service=" + encode(service(request)));
			return null;
		}
		return getAuthenticationManager().authenticate(CasAuthenticationToken.unvalidated(ticket, service(request)));
	}

	/**
	 * @return this application's address of {@value #PATH}, as the CAS server knows it
	 */
	String service(HttpServletRequest request) {
		String base = (this.serviceUrl != null) ? this.serviceUrl
				: ServletUriComponentsBuilder.fromContextPath(request).build().toUriString();
		return base + PATH;
	}

	String logoutUrl(HttpServletRequest request) {
		String base = (this.serviceUrl != null) ? this.serviceUrl
				: ServletUriComponentsBuilder.fromContextPath(request).build().toUriString();
		return this.serverUrl + "/logout?service=" + encode(base + "/login?logout");
	}

	String serverUrl() {
		return this.serverUrl;
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

	private static String stripSlash(String url) {
		return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
	}

}
