package com.clinigrad.accounts;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.client.oidc.authentication.logout.OidcLogoutToken;
import org.springframework.security.oauth2.client.oidc.session.OidcSessionInformation;
import org.springframework.security.oauth2.client.oidc.session.OidcSessionRegistry;
import org.springframework.security.oauth2.core.oidc.IdTokenClaimNames;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.web.authentication.logout.LogoutHandler;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;

/**
 * OIDC back-channel logout across nodes: Spring Security's {@code oidcLogout()} checks
 * the provider's logout token (signature by the provider's keys, issuer, audience, the
 * back-channel event); this registry, in the database ({@code oidc_login_session},
 * written at each OIDC login, removed with the session), tells which sessions the
 * provider's session ({@code sid}) or, without one, the person ({@code sub}) opened; the
 * handler ends them in the shared session store, on whichever node the token arrives, and
 * journals a single logout.
 */
final class OidcSingleLogout implements OidcSessionRegistry, LogoutHandler {

	private static final String USERNAME_CLAIM = "clinigrad_username";

	private final JdbcClient jdbc;

	private final FindByIndexNameSessionRepository<? extends Session> sessions;

	private final LoginJournal journal;

	OidcSingleLogout(JdbcClient jdbc, FindByIndexNameSessionRepository<? extends Session> sessions,
			LoginJournal journal) {
		this.jdbc = jdbc;
		this.sessions = sessions;
		this.journal = journal;
	}

	/**
	 * At the login (the session id may still change with it: the row follows the
	 * session's new id when it is saved).
	 */
	@Override
	public void saveSessionInformation(OidcSessionInformation info) {
		OidcUser user = info.getPrincipal();
		OidcIdToken idToken = user.getIdToken();
		Object sid = idToken.getClaims().get("sid");
		this.jdbc.sql("insert into oidc_login_session (session_id, issuer, subject, sid, username) "
				+ "values (:session, :issuer, :subject, :sid, :username) on conflict (session_id) do update set "
				+ "issuer = excluded.issuer, subject = excluded.subject, sid = excluded.sid, username = excluded.username")
			.param("session", info.getSessionId())
			.param("issuer", String.valueOf(idToken.getIssuer()))
			.param("subject", idToken.getSubject())
			.param("sid", (sid != null) ? sid.toString() : null)
			.param("username", user.getName())
			.update();
	}

	@Override
	public OidcSessionInformation removeSessionInformation(String clientSessionId) {
		List<OidcSessionInformation> removed = remove("session_id = :key", Map.of("key", clientSessionId));
		return removed.isEmpty() ? null : removed.get(0);
	}

	/**
	 * The sessions the logout token names: those of the provider's session when it names
	 * one, else all of the person's at that provider.
	 */
	@Override
	public Iterable<OidcSessionInformation> removeSessionInformation(OidcLogoutToken token) {
		String issuer = String.valueOf(token.getIssuer());
		if (token.getSessionId() != null) {
			return remove("issuer = :issuer and sid = :key", Map.of("issuer", issuer, "key", token.getSessionId()));
		}
		return remove("issuer = :issuer and subject = :key", Map.of("issuer", issuer, "key", token.getSubject()));
	}

	private List<OidcSessionInformation> remove(String where, Map<String, String> params) {
		JdbcClient.StatementSpec statement = this.jdbc.sql("delete from oidc_login_session where " + where
				+ " returning session_id, issuer, subject, sid, username");
		for (Map.Entry<String, String> param : params.entrySet()) {
			statement = statement.param(param.getKey(), param.getValue());
		}
		return statement.query((rs, row) -> {
			Map<String, Object> claims = new HashMap<>();
			claims.put(IdTokenClaimNames.ISS, rs.getString("issuer"));
			claims.put(IdTokenClaimNames.SUB, rs.getString("subject"));
			claims.put(USERNAME_CLAIM, rs.getString("username"));
			if (rs.getString("sid") != null) {
				claims.put("sid", rs.getString("sid"));
			}
			OidcUser user = new DefaultOidcUser(List.of(), new OidcIdToken("-", null, null, claims), USERNAME_CLAIM);
			return new OidcSessionInformation(rs.getString("session_id").trim(), Map.of(), user);
		}).list();
	}

	/**
	 * The provider's logout token, already checked: ends the sessions it names.
	 */
	@Override
	public void logout(HttpServletRequest request, HttpServletResponse response, Authentication authentication) {
		if (authentication == null || !(authentication.getPrincipal() instanceof OidcLogoutToken token)) {
			return;
		}
		for (OidcSessionInformation session : removeSessionInformation(token)) {
			if (this.sessions.findById(session.getSessionId()) != null) {
				this.sessions.deleteById(session.getSessionId());
				this.journal.singleLogout(session.getPrincipal().getName(), "OIDC");
			}
		}
	}

}
