package com.clinigrad.accounts.web;

import java.io.Serializable;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpSession;

import com.clinigrad.accounts.AccountHolders.Kind;

/**
 * The initial-password files of the bulk creations of this session, until each is
 * downloaded once: held in the session's memory only (never in the database or on disk)
 * and dropped at the download or when the session ends.
 */
final class IssuedPasswordFiles {

	private static final String ATTRIBUTE = IssuedPasswordFiles.class.getName();

	private static final SecureRandom RANDOM = new SecureRandom();

	private IssuedPasswordFiles() {
	}

	/**
	 * @return the token that names the file in this session
	 */
	static String keep(HttpSession session, IssuedFile file) {
		byte[] bytes = new byte[16];
		RANDOM.nextBytes(bytes);
		String token = HexFormat.of().formatHex(bytes);
		synchronized (session) {
			Map<String, IssuedFile> files = files(session);
			files.put(token, file);
			session.setAttribute(ATTRIBUTE, files);
		}
		return token;
	}

	static Optional<IssuedFile> find(HttpSession session, String token) {
		synchronized (session) {
			return Optional.ofNullable(files(session).get(token));
		}
	}

	/**
	 * @return the file's content the first time, then nothing
	 */
	static Optional<byte[]> takeContent(HttpSession session, String token) {
		synchronized (session) {
			IssuedFile file = files(session).get(token);
			if (file == null || file.content == null) {
				return Optional.empty();
			}
			byte[] content = file.content;
			Map<String, IssuedFile> files = files(session);
			files.put(token, file.downloaded());
			// written again: a session kept in the database saves what is set, not what
			// changed
			session.setAttribute(ATTRIBUTE, files);
			return Optional.of(content);
		}
	}

	@SuppressWarnings("unchecked")
	private static Map<String, IssuedFile> files(HttpSession session) {
		Map<String, IssuedFile> files = (Map<String, IssuedFile>) session.getAttribute(ATTRIBUTE);
		if (files == null) {
			files = new LinkedHashMap<>();
			session.setAttribute(ATTRIBUTE, files);
		}
		return files;
	}

	/**
	 * One bulk creation's outcome and, until downloaded, its file.
	 */
	record IssuedFile(Kind kind, int created, int existing, int refused, String fileName,
			byte[] content) implements Serializable {

		IssuedFile downloaded() {
			return new IssuedFile(this.kind, this.created, this.existing, this.refused, this.fileName, null);
		}

		public boolean available() {
			return this.content != null;
		}

	}

}
