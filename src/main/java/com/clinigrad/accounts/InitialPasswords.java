package com.clinigrad.accounts;

import java.security.SecureRandom;
import java.util.List;
import java.util.stream.IntStream;

import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * One-time initial passwords for accounts created in bulk: 14 random characters from an
 * alphabet without look-alikes (no 0/O, 1/l/I), about 80 bits, each meeting the
 * {@link PasswordPolicy}. They are hashed with BCrypt at its lowest cost (2^4 rounds
 * instead of the 2^10 of passwords people choose), on every core: a slow hash protects a
 * guessable password, and these are neither guessable nor kept (they must be changed at
 * the first login, which hashes the new one at the full cost). 3,000 of them take about a
 * second instead of several minutes.
 */
@Component
class InitialPasswords {

	static final int LENGTH = 14;

	static final int BCRYPT_COST = 4;

	private static final char[] ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789".toCharArray();

	private final SecureRandom random = new SecureRandom();

	private final BCryptPasswordEncoder encoder = new BCryptPasswordEncoder(BCRYPT_COST, this.random);

	private final PasswordPolicy policy;

	InitialPasswords(PasswordPolicy policy) {
		this.policy = policy;
	}

	/**
	 * @param logins the accounts' login names
	 * @return a password and its hash (as the {@code {bcrypt}} the login reads) for each,
	 * in the same order
	 */
	List<Issued> issue(List<String> logins) {
		return IntStream.range(0, logins.size()).parallel().mapToObj((i) -> {
			String password = generate(logins.get(i));
			return new Issued(password, "{bcrypt}" + this.encoder.encode(password));
		}).toList();
	}

	private String generate(String login) {
		while (true) {
			char[] chars = new char[LENGTH];
			for (int i = 0; i < LENGTH; i++) {
				chars[i] = ALPHABET[this.random.nextInt(ALPHABET.length)];
			}
			String password = new String(chars);
			if (this.policy.problems(login, password).isEmpty()) {
				return password;
			}
		}
	}

	record Issued(String password, String hash) {

		@Override
		public String toString() {
			return "Issued[hidden]";
		}

	}

}
