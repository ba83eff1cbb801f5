package com.clinigrad.accounts;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.security.authentication.event.LogoutSuccessEvent;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The journal of logins, failed logins, logouts and ended sessions, with the address, the
 * browser and the node, kept in the database so that it holds across nodes. Password
 * checks on the API (HTTP Basic) are journaled only when they fail; API tokens never (a
 * token's secret is no name to keep).
 */
@Service
public class LoginJournal {

	/**
	 * The session attributes that tell, on the sessions list, where a session came from.
	 */
	static final String SESSION_ADDRESS = "clinigrad.login.address";

	static final String SESSION_AGENT = "clinigrad.login.agent";

	private static final int AGENT_MAX = 300;

	private final JdbcClient jdbc;

	private final String node;

	private final AccountDirectory directory;

	LoginJournal(JdbcClient jdbc, @Value("${clinigrad.node-name:clinigrad}") String node, AccountDirectory directory) {
		this.directory = directory;
		this.jdbc = jdbc;
		this.node = node;
	}

	@EventListener
	void onLogin(InteractiveAuthenticationSuccessEvent event) {
		HttpServletRequest request = currentRequest();
		record(LoginEventKind.LOGIN, event.getAuthentication().getName(), request, null);
		if (request != null) {
			HttpSession session = request.getSession(false);
			if (session != null) {
				session.setAttribute(SESSION_ADDRESS, request.getRemoteAddr());
				session.setAttribute(SESSION_AGENT, agent(request));
			}
		}
	}

	@EventListener
	void onFailure(AbstractAuthenticationFailureEvent event) {
		if (event.getAuthentication() instanceof UsernamePasswordAuthenticationToken token) {
			LoginEventKind kind = (event.getException() instanceof LockedException) ? LoginEventKind.LOGIN_LOCKED
					: LoginEventKind.LOGIN_FAILED;
			record(kind, token.getName(), currentRequest(), null);
		}
	}

	@EventListener
	void onLogout(LogoutSuccessEvent event) {
		record(LoginEventKind.LOGOUT, event.getAuthentication().getName(), currentRequest(), null);
	}

	/**
	 * A login through the university's server that Clinigrad refused.
	 * @param name the identity the server vouched for with the protocol's name before it
	 * ({@code oidc:…}, {@code cas:…}), or only the protocol when no identity came
	 */
	void singleSignOnRefused(String name) {
		record(LoginEventKind.LOGIN_FAILED, name, currentRequest(), null);
	}

	/**
	 * A session ended because the person logged out at the university's login server.
	 * @param protocol the server's protocol ({@code CAS}, {@code OIDC}), shown as who
	 * ended it
	 */
	void singleLogout(String username, String protocol) {
		record(LoginEventKind.SINGLE_LOGOUT, username, currentRequest(), protocol);
	}

	void sessionEnded(String username, String actor) {
		record(LoginEventKind.SESSION_ENDED, username, currentRequest(), actor);
	}

	/**
	 * The journal, newest first unless asked otherwise (administrators).
	 * @param kind only this kind, or all
	 * @param username part of the user name, or all
	 */
	@PreAuthorize("hasRole('ADMIN')")
	public Page<Entry> search(LoginEventKind kind, String username, boolean oldestFirst, Pageable pageable) {
		String where = " where (cast(:kind as varchar) is null or kind = :kind)"
				+ " and (cast(:name as varchar) is null or username ilike :name)";
		String name = (username == null || username.isBlank()) ? null
				: "%" + username.trim().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
		String kindName = (kind != null) ? kind.name() : null;
		long total = this.jdbc.sql("select count(*) from login_event" + where)
			.param("kind", kindName)
			.param("name", name)
			.query(Long.class)
			.single();
		List<Entry> rows = this.jdbc
			.sql("select id, at, kind, username, remote_addr, user_agent, node, actor from login_event" + where
					+ " order by at " + (oldestFirst ? "asc" : "desc") + ", id " + (oldestFirst ? "asc" : "desc")
					+ " limit :limit offset :offset")
			.param("kind", kindName)
			.param("name", name)
			.param("limit", pageable.getPageSize())
			.param("offset", pageable.getOffset())
			.query((rs, row) -> new Entry(rs.getLong("id"), rs.getObject("at", OffsetDateTime.class),
					LoginEventKind.valueOf(rs.getString("kind")), rs.getString("username"), rs.getString("remote_addr"),
					rs.getString("user_agent"), rs.getString("node"), rs.getString("actor")))
			.list();
		// who ended a session, by display name (the journal keeps the login name; the
		// username column stays the login, as typed at the login form)
		Map<String, String> names = this.directory.displayNames(rows.stream().map(Entry::actor).toList());
		rows = rows.stream().map((e) -> e.byActorName(names.getOrDefault(e.actor(), e.actor()))).toList();
		return new PageImpl<>(rows, pageable, total);
	}

	private void record(LoginEventKind kind, String username, HttpServletRequest request, String actor) {
		this.jdbc
			.sql("insert into login_event (kind, username, remote_addr, user_agent, node, actor) "
					+ "values (:kind, :username, :address, :agent, :node, :actor)")
			.param("kind", kind.name())
			.param("username", truncate(username, 100))
			.param("address", (request != null) ? truncate(request.getRemoteAddr(), 64) : null)
			.param("agent", (request != null) ? agent(request) : null)
			.param("node", truncate(this.node, 100))
			.param("actor", actor)
			.update();
	}

	private static String agent(HttpServletRequest request) {
		return truncate(request.getHeader("User-Agent"), AGENT_MAX);
	}

	private static String truncate(String value, int max) {
		return (value == null || value.length() <= max) ? value : value.substring(0, max);
	}

	private static HttpServletRequest currentRequest() {
		return (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes)
				? attributes.getRequest() : null;
	}

	/**
	 * One line of the journal.
	 *
	 * @param actor who ended the session, for {@link LoginEventKind#SESSION_ENDED}
	 */
	public record Entry(long id, OffsetDateTime at, LoginEventKind kind, String username, String remoteAddress,
			String userAgent, String node, String actor) {

		/**
		 * @return the same line naming who ended the session as given (a display name for
		 * a page)
		 */
		public Entry byActorName(String name) {
			return new Entry(this.id, this.at, this.kind, this.username, this.remoteAddress, this.userAgent, this.node,
					name);
		}

		/**
		 * The header's product token and the name it stands for, the most specific first.
		 */
		private static final String[][] BROWSERS = { { "Edg/", "Edge" }, { "Firefox/", "Firefox" },
				{ "HeadlessChrome/", "HeadlessChrome" }, { "Chrome/", "Chrome" }, { "Version/", "Safari" } };

		private static final String[][] SYSTEMS = { { "Windows", "Windows" }, { "iPhone", "iOS" },
				{ "Android", "Android" }, { "Mac OS X", "macOS" }, { "Linux", "Linux" } };

		/**
		 * @return the browser, its major version and the system, as a person reads them
		 * (the full text of the {@code User-Agent} header is in {@link #userAgent()})
		 */
		public String browser() {
			if (this.userAgent == null) {
				return "";
			}
			String browser = "";
			for (String[] known : BROWSERS) {
				int at = this.userAgent.indexOf(known[0]);
				if (at >= 0) {
					String version = this.userAgent.substring(at + known[0].length()).split("[^0-9]", 2)[0];
					browser = known[1] + (version.isEmpty() ? "" : " " + version);
					break;
				}
			}
			for (String[] system : SYSTEMS) {
				if (this.userAgent.contains(system[0])) {
					return browser.isEmpty() ? system[1] : browser + " · " + system[1];
				}
			}
			return browser.isEmpty() ? this.userAgent : browser;
		}

	}

}
