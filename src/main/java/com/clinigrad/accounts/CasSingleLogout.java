package com.clinigrad.accounts;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.apereo.cas.client.util.XmlUtils;

import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.IpAddressMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * CAS single logout, back channel: when a person logs out at the university's CAS server,
 * the server posts a {@code logoutRequest} (a SAML {@code <samlp:LogoutRequest>} whose
 * {@code <samlp:SessionIndex>} is the service ticket the person logged in with) to the
 * service address, {@value CasLoginFilter#PATH}. The session that ticket opened is ended
 * wherever it was used: the ticket → session row is in the database
 * ({@code cas_login_ticket}, written at the login, removed with the session), the session
 * too, so the request may land on any node. The request carries no CSRF token: only this
 * exact form (a form post to {@value CasLoginFilter#PATH} with a {@code logoutRequest}
 * and no ticket) is let through without one, and only from the configured addresses
 * ({@code clinigrad.sso.cas.logout-from}) when some are.
 */
final class CasSingleLogout extends OncePerRequestFilter {

	static final String PARAMETER = "logoutRequest";

	private static final Log logger = LogFactory.getLog(CasSingleLogout.class);

	/**
	 * The CAS server's logout request and nothing else: a form POST to the service
	 * address with the message and without a ticket.
	 */
	static final RequestMatcher LOGOUT_REQUEST = (request) -> HttpMethod.POST.matches(request.getMethod())
			&& PathPatternRequestMatcher.withDefaults().matcher(CasLoginFilter.PATH).matches(request) && isForm(request)
			&& request.getParameter(PARAMETER) != null && request.getParameter("ticket") == null;

	private final JdbcClient jdbc;

	private final FindByIndexNameSessionRepository<? extends Session> sessions;

	private final LoginJournal journal;

	private final List<IpAddressMatcher> allowedFrom;

	CasSingleLogout(JdbcClient jdbc, FindByIndexNameSessionRepository<? extends Session> sessions, LoginJournal journal,
			List<String> allowedFrom) {
		this.jdbc = jdbc;
		this.sessions = sessions;
		this.journal = journal;
		this.allowedFrom = allowedFrom.stream()
			.filter((address) -> !address.isBlank())
			.map((address) -> new IpAddressMatcher(address.trim()))
			.toList();
	}

	private static boolean isForm(HttpServletRequest request) {
		String type = request.getContentType();
		if (type == null) {
			return false;
		}
		try {
			return MediaType.APPLICATION_FORM_URLENCODED.equalsTypeAndSubtype(MediaType.parseMediaType(type));
		}
		catch (RuntimeException ex) {
			return false;
		}
	}

	/**
	 * Remembers which session a service ticket opened (called once the login has given
	 * the session its new id).
	 */
	void loggedIn(String ticket, String sessionId, String username) {
		this.jdbc
			.sql("insert into cas_login_ticket (ticket, session_id, username) values (:ticket, :session, :username) "
					+ "on conflict (ticket) do update set session_id = excluded.session_id, username = excluded.username")
			.param("ticket", ticket)
			.param("session", sessionId)
			.param("username", username)
			.update();
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !LOGOUT_REQUEST.matches(request);
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (!this.allowedFrom.isEmpty() && this.allowedFrom.stream().noneMatch((allowed) -> allowed.matches(request))) {
			logger.warn("A CAS logout request from " + request.getRemoteAddr()
					+ ", not one of clinigrad.sso.cas.logout-from, was refused");
			response.sendError(HttpServletResponse.SC_FORBIDDEN);
			return;
		}
		// the library's own reading of the message (a parser that loads no external
		// entities), as its SingleSignOutHandler does
		String ticket = XmlUtils.getTextForElement(request.getParameter(PARAMETER), "SessionIndex");
		if (ticket == null || ticket.isBlank()) {
			response.sendError(HttpServletResponse.SC_BAD_REQUEST);
			return;
		}
		end(ticket.trim());
		response.setStatus(HttpServletResponse.SC_OK);
	}

	/**
	 * Ends the session the ticket opened, if it still lives.
	 * @return whether there was one
	 */
	boolean end(String ticket) {
		List<LoggedIn> found = this.jdbc
			.sql("delete from cas_login_ticket where ticket = :ticket returning session_id, username")
			.param("ticket", ticket)
			.query((rs, row) -> new LoggedIn(rs.getString("session_id").trim(), rs.getString("username")))
			.list();
		boolean ended = false;
		for (LoggedIn login : found) {
			if (this.sessions.findById(login.sessionId()) != null) {
				this.sessions.deleteById(login.sessionId());
				this.journal.singleLogout(login.username(), "CAS");
				ended = true;
			}
		}
		return ended;
	}

	private record LoggedIn(String sessionId, String username) {
	}

}
