package com.clinigrad.imports.web;

import java.io.Serializable;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpSession;

import org.springframework.web.util.WebUtils;

/**
 * Uploads previewed but not yet confirmed, kept in the user's session under a random
 * token (never round-tripped through the page, so the confirmed file is the previewed
 * one). A few at most per session; confirming takes one out.
 */
final class PendingUploads {

	static final String ATTRIBUTE = PendingUploads.class.getName();

	static final int MAX_PER_SESSION = 3;

	private PendingUploads() {
	}

	/**
	 * @return the token that confirms this upload
	 */
	static String put(HttpSession session, String dataset, String filename, byte[] content) {
		synchronized (WebUtils.getSessionMutex(session)) {
			Map<String, PendingUpload> pending = pending(session);
			Iterator<String> oldest = pending.keySet().iterator();
			while (pending.size() >= MAX_PER_SESSION && oldest.hasNext()) {
				oldest.next();
				oldest.remove();
			}
			String token = UUID.randomUUID().toString();
			pending.put(token, new PendingUpload(dataset, filename, content));
			session.setAttribute(ATTRIBUTE, pending);
			return token;
		}
	}

	/**
	 * @return the upload, now removed from the session, or {@code null} when the token is
	 * unknown (expired, already confirmed, another session's)
	 */
	static PendingUpload take(HttpSession session, String token) {
		if (token == null) {
			return null;
		}
		synchronized (WebUtils.getSessionMutex(session)) {
			Map<String, PendingUpload> pending = pending(session);
			PendingUpload upload = pending.remove(token);
			session.setAttribute(ATTRIBUTE, pending);
			return upload;
		}
	}

	@SuppressWarnings("unchecked")
	private static Map<String, PendingUpload> pending(HttpSession session) {
		Object value = session.getAttribute(ATTRIBUTE);
		return (value instanceof LinkedHashMap<?, ?> map) ? (Map<String, PendingUpload>) map : new LinkedHashMap<>();
	}

	/**
	 * A previewed file.
	 */
	record PendingUpload(String dataset, String filename, byte[] content) implements Serializable {
	}

}
