package com.clinigrad.accounts;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Service;

/**
 * The sessions a person holds on any node (they live in the database, Spring Session
 * JDBC): listed for the administrators, who can end them; ended by a password change or
 * reset, except the one that made the change. A session is named by a reference derived
 * from its id, never by the id itself (which would let whoever reads it take the session
 * over).
 */
@Service
public class ActiveSessions {

	private static final int REFERENCE_LENGTH = 16;

	private final FindByIndexNameSessionRepository<? extends Session> sessions;

	private final LoginJournal journal;

	private final CurrentUsers currentUsers;

	ActiveSessions(FindByIndexNameSessionRepository<? extends Session> sessions, LoginJournal journal,
			CurrentUsers currentUsers) {
		this.sessions = sessions;
		this.journal = journal;
		this.currentUsers = currentUsers;
	}

	/**
	 * @return the person's sessions that have not expired, the most recently used first
	 */
	@PreAuthorize("hasRole('ADMIN')")
	public List<SessionView> of(String username) {
		return live(username).entrySet()
			.stream()
			.map((entry) -> view(entry.getKey(), entry.getValue()))
			.sorted(Comparator.comparing(SessionView::lastAccessed).reversed())
			.toList();
	}

	/**
	 * Ends one of the person's sessions: their next request goes to the login page.
	 * @return whether there was such a session
	 */
	@PreAuthorize("hasRole('ADMIN')")
	public boolean end(String username, String reference) {
		for (String id : live(username).keySet()) {
			if (reference(id).equals(reference)) {
				this.sessions.deleteById(id);
				this.journal.sessionEnded(username, this.currentUsers.current().username());
				return true;
			}
		}
		return false;
	}

	/**
	 * Ends all the person's sessions but one (a password change keeps the session that
	 * made it; a reset by an administrator keeps none).
	 * @param keepSessionId the session to keep, or {@code null}
	 * @return how many were ended
	 */
	int endAllBut(String username, String keepSessionId, String actor) {
		int ended = 0;
		for (String id : live(username).keySet()) {
			if (!id.equals(keepSessionId)) {
				this.sessions.deleteById(id);
				this.journal.sessionEnded(username, actor);
				ended++;
			}
		}
		return ended;
	}

	private Map<String, ? extends Session> live(String username) {
		Map<String, ? extends Session> found = this.sessions.findByPrincipalName(username);
		found.values().removeIf(Session::isExpired);
		return found;
	}

	private static SessionView view(String id, Session session) {
		return new SessionView(reference(id), at(session.getCreationTime()), at(session.getLastAccessedTime()),
				at(session.getLastAccessedTime().plus(session.getMaxInactiveInterval())),
				session.getAttribute(LoginJournal.SESSION_ADDRESS), session.getAttribute(LoginJournal.SESSION_AGENT));
	}

	private static OffsetDateTime at(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}

	static String reference(String sessionId) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(sessionId.getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest).substring(0, REFERENCE_LENGTH);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * One session as the administrators see it.
	 *
	 * @param reference names the session on the page (not its id)
	 * @param expires when it ends unless used again
	 */
	public record SessionView(String reference, OffsetDateTime created, OffsetDateTime lastAccessed,
			OffsetDateTime expires, String remoteAddress, String userAgent) {
	}

}
