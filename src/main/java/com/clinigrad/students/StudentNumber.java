package com.clinigrad.students;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What a student number (学号) may look like: letters, digits, underscores and hyphens, at
 * most {@value #MAX_LENGTH} characters. The one rule the student form and every import
 * column holding a student number apply, because the number is also the student's address
 * in the application ({@code /students/M2024001}): a slash, a dot or a space would make a
 * student that is listed but cannot be opened, or whose link opens another student.
 */
public final class StudentNumber {

	public static final int MAX_LENGTH = 32;

	private static final Pattern ALLOWED = Pattern.compile("[A-Za-z0-9_-]+");

	private StudentNumber() {
	}

	/**
	 * @param studentNo a non-empty number as typed (already trimmed)
	 * @return what is wrong with it, empty when it is a valid number
	 */
	public static Optional<Problem> check(String studentNo) {
		if (studentNo.length() > MAX_LENGTH) {
			return Optional.of(Problem.TOO_LONG);
		}
		if (!ALLOWED.matcher(studentNo).matches()) {
			return Optional.of(Problem.NOT_ALLOWED_CHARACTERS);
		}
		return Optional.empty();
	}

	/**
	 * @return whether this is a well-formed student number (not whether it exists)
	 */
	public static boolean isValid(String studentNo) {
		return studentNo != null && !studentNo.isEmpty() && check(studentNo).isEmpty();
	}

	/**
	 * Why a number is refused.
	 */
	public enum Problem {

		/** Longer than {@link #MAX_LENGTH}. */
		TOO_LONG,

		/** A character other than a letter, digit, underscore or hyphen. */
		NOT_ALLOWED_CHARACTERS

	}

}
