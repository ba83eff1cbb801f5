package com.clinigrad.accounts;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.passay.EnglishSequenceData;
import org.passay.IllegalSequenceRule;
import org.passay.LengthRule;
import org.passay.PasswordData;
import org.passay.PasswordValidator;
import org.passay.RepeatCharacterRegexRule;
import org.passay.RuleResultDetail;
import org.passay.UsernameRule;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * What a password must be: 10 to 128 characters, at least 5 different ones, not the login
 * name (forwards or backwards, in any case), no run of 4 equal characters or of 5 in a
 * sequence (12345, abcde, qwert), and not one of the common passwords shipped in
 * {@code security/common-passwords.txt} — also not once the digits and signs around it
 * are taken off ({@code Password12!} is {@code password}). Every place that sets a
 * password asks this one policy.
 */
@Component
public class PasswordPolicy {

	public static final int MIN_LENGTH = 10;

	public static final int MAX_LENGTH = 128;

	static final int MIN_DISTINCT = 5;

	private final PasswordValidator validator = new PasswordValidator(new LengthRule(MIN_LENGTH, MAX_LENGTH),
			new UsernameRule(true, true), new RepeatCharacterRegexRule(4),
			new IllegalSequenceRule(EnglishSequenceData.Numerical, 5, false),
			new IllegalSequenceRule(EnglishSequenceData.Alphabetical, 5, false),
			new IllegalSequenceRule(EnglishSequenceData.USQwerty, 5, false));

	private final Set<String> common;

	PasswordPolicy() {
		this.common = load("security/common-passwords.txt");
	}

	/**
	 * @param username the login name the password is for
	 * @param password the password proposed
	 * @return what is wrong with it, as message keys {@code password.policy.*} with their
	 * arguments; empty when it may be used
	 */
	public List<Problem> problems(String username, String password) {
		if (password == null || password.isEmpty()) {
			return List.of(new Problem("TOO_SHORT", MIN_LENGTH));
		}
		Set<String> codes = new LinkedHashSet<>();
		for (RuleResultDetail detail : this.validator
			.validate(new PasswordData((username != null) ? username.trim() : "", password))
			.getDetails()) {
			codes.add(detail.getErrorCode());
		}
		if (password.codePoints().filter((c) -> !Character.isWhitespace(c)).distinct().count() < MIN_DISTINCT) {
			codes.add("TOO_FEW_DISTINCT");
		}
		if (isCommon(password)) {
			codes.add("COMMON");
		}
		List<Problem> problems = new ArrayList<>();
		for (String code : codes) {
			problems.add(switch (code) {
				case "TOO_SHORT" -> new Problem(code, MIN_LENGTH);
				case "TOO_LONG" -> new Problem(code, MAX_LENGTH);
				case "TOO_FEW_DISTINCT" -> new Problem(code, MIN_DISTINCT);
				case "ILLEGAL_USERNAME_REVERSED" -> new Problem("ILLEGAL_USERNAME");
				case "ILLEGAL_NUMERICAL_SEQUENCE", "ILLEGAL_ALPHABETICAL_SEQUENCE", "ILLEGAL_QWERTY_SEQUENCE" ->
					new Problem("SEQUENCE");
				case "ILLEGAL_MATCH" -> new Problem("REPEATED");
				default -> new Problem(code);
			});
		}
		return problems.stream().distinct().toList();
	}

	/**
	 * Refuses a password that breaks the policy.
	 * @throws WeakPasswordException naming every reason
	 */
	public void check(String username, String password) {
		List<Problem> problems = problems(username, password);
		if (!problems.isEmpty()) {
			throw new WeakPasswordException(problems);
		}
	}

	private boolean isCommon(String password) {
		String lower = password.trim().toLowerCase(Locale.ROOT);
		if (this.common.contains(lower)) {
			return true;
		}
		String core = lower.replaceAll("^[^\\p{L}]+|[^\\p{L}]+$", "");
		return core.length() >= 4 && this.common.contains(core);
	}

	private static Set<String> load(String resource) {
		Set<String> words = new HashSet<>();
		try (BufferedReader reader = new BufferedReader(
				new InputStreamReader(new ClassPathResource(resource).getInputStream(), StandardCharsets.UTF_8))) {
			String line;
			while ((line = reader.readLine()) != null) {
				if (!line.isBlank() && !line.startsWith("#")) {
					words.add(line.trim().toLowerCase(Locale.ROOT));
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return Set.copyOf(words);
	}

	/**
	 * One reason a password is refused: the message key {@code password.policy.<code>}
	 * and its arguments.
	 */
	public record Problem(String code, List<Object> arguments) {

		Problem(String code, Object... arguments) {
			this(code, List.of(arguments));
		}

		public String messageKey() {
			return "password.policy." + this.code;
		}

		public Object[] args() {
			return this.arguments.toArray();
		}

	}

}
