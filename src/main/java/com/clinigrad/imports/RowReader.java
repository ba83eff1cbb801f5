package com.clinigrad.imports;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import com.clinigrad.courses.Scores;
import com.clinigrad.students.StudentNumber;

/**
 * Typed access to one data row's cells that records every problem it meets instead of
 * stopping at the first, so that an office sees all its corrections at once. Whether a
 * cell is required comes from the dataset's {@link ImportColumn}s. Rules a form applies
 * too (a student number, a score) are the owning module's, so both paths refuse the same
 * values; a cell holding a control character (NUL…) is refused whatever its column.
 */
final class RowReader {

	private static final Pattern INTEGER = Pattern.compile("[+-]?\\d{1,9}");

	private static final Pattern DECIMAL = Pattern.compile("[+-]?\\d{1,6}(\\.\\d{1,2})?");

	private static final Pattern SCORE = Pattern.compile("[+-]?\\d{1,6}(\\.\\d{1,9})?");

	private static final Pattern TERM = Pattern.compile("(19|20)\\d{2}-[12]");

	/** The earliest date any date column takes. */
	static final LocalDate MIN_DATE = LocalDate.of(1900, 1, 1);

	/** The latest date any date column takes. */
	static final LocalDate MAX_DATE = LocalDate.of(2100, 12, 31);

	/** Shown in a reported value instead of a character that is not allowed. */
	static final char REPLACEMENT = '\uFFFD';

	private final ImportTable.Row row;

	private final Map<String, ImportColumn> columns;

	private final ImportProblems problems;

	private boolean valid = true;

	private final Set<String> refused = new HashSet<>();

	RowReader(ImportTable.Row row, Map<String, ImportColumn> columns, ImportProblems problems) {
		this.row = row;
		this.columns = columns;
		this.problems = problems;
	}

	int rowNumber() {
		return this.row.number();
	}

	/**
	 * @return the trimmed text, or {@code null} when empty (an error when the column's
	 * value is required)
	 */
	String text(String column, int maxLength) {
		String value = this.row.value(column);
		if (value.isEmpty()) {
			ImportColumn definition = this.columns.get(column);
			if (definition != null && definition.valueRequired()) {
				fail(column, value, "imports.error.required");
			}
			return null;
		}
		if (!allowedCharacters(value)) {
			fail(column, withoutControlCharacters(value), "imports.error.character");
			return null;
		}
		if (value.length() > maxLength) {
			fail(column, value, "imports.error.tooLong", maxLength);
			return null;
		}
		return value;
	}

	/**
	 * @return the student number as the student form takes it ({@link StudentNumber}), or
	 * {@code null} when empty or not one
	 */
	String studentNo(String column) {
		String value = text(column, Integer.MAX_VALUE);
		if (value == null) {
			return null;
		}
		Optional<StudentNumber.Problem> problem = StudentNumber.check(value);
		if (problem.isPresent()) {
			switch (problem.get()) {
				case TOO_LONG -> fail(column, value, "imports.error.tooLong", StudentNumber.MAX_LENGTH);
				case NOT_ALLOWED_CHARACTERS -> fail(column, value, "imports.error.studentNo");
			}
			return null;
		}
		return value;
	}

	/**
	 * @return the score as the grade grid takes it ({@link Scores}: 0–100, at most one
	 * decimal, never rounded), or {@code null} when empty or invalid
	 */
	BigDecimal score(String column) {
		String value = text(column, Integer.MAX_VALUE);
		if (value == null) {
			return null;
		}
		if (!SCORE.matcher(value).matches()) {
			fail(column, value, "imports.error.score");
			return null;
		}
		BigDecimal score = new BigDecimal(value);
		Optional<Scores.Problem> problem = Scores.check(score);
		if (problem.isPresent()) {
			fail(column, value, problem.get().messageKey());
			return null;
		}
		return score;
	}

	/**
	 * @return the whole number within {@code min..max}, or {@code null} when empty or
	 * invalid
	 */
	Integer integer(String column, int min, int max) {
		String value = text(column, Integer.MAX_VALUE);
		if (value == null) {
			return null;
		}
		if (!INTEGER.matcher(value).matches()) {
			fail(column, value, "imports.error.integer");
			return null;
		}
		int number = Integer.parseInt(value);
		if (number < min || number > max) {
			fail(column, value, "imports.error.range", min, max);
			return null;
		}
		return number;
	}

	/**
	 * @return {@code true} or {@code false} as written; empty is {@code false} (an error
	 * when required)
	 */
	boolean bool(String column) {
		String value = text(column, Integer.MAX_VALUE);
		if (value == null) {
			return false;
		}
		return switch (value.toLowerCase(Locale.ROOT)) {
			case "true" -> true;
			case "false" -> false;
			default -> {
				fail(column, value, "imports.error.boolean");
				yield false;
			}
		};
	}

	/**
	 * @param allowed the codes the contract allows for this column, exactly as written
	 * @return the code, or {@code null} when empty or not one of them
	 */
	<E extends Enum<E>> E choice(String column, List<E> allowed) {
		String value = text(column, Integer.MAX_VALUE);
		if (value == null) {
			return null;
		}
		for (E candidate : allowed) {
			if (candidate.name().equals(value)) {
				return candidate;
			}
		}
		fail(column, value, "imports.error.choice", allowed.stream().map(Enum::name).collect(Collectors.joining(", ")));
		return null;
	}

	/**
	 * @return the decimal number within {@code min..max} (at most two decimals), or
	 * {@code null} when empty or invalid
	 */
	BigDecimal decimal(String column, BigDecimal min, BigDecimal max) {
		return decimal(column, min, max, 2);
	}

	/**
	 * @param places the most decimals the column keeps: one or two
	 * @return the decimal number within {@code min..max} with at most {@code places}
	 * decimals, or {@code null} when empty or invalid: a number with more decimals than
	 * the record keeps is refused, not rounded
	 */
	BigDecimal decimal(String column, BigDecimal min, BigDecimal max, int places) {
		String value = text(column, Integer.MAX_VALUE);
		if (value == null) {
			return null;
		}
		if (!DECIMAL.matcher(value).matches()) {
			fail(column, value, "imports.error.decimal");
			return null;
		}
		BigDecimal number = new BigDecimal(value);
		if (number.scale() > places) {
			fail(column, value, (places == 1) ? "imports.error.decimalOne" : "imports.error.decimal");
			return null;
		}
		if (number.compareTo(min) < 0 || number.compareTo(max) > 0) {
			fail(column, value, "imports.error.range", min.toPlainString(), max.toPlainString());
			return null;
		}
		return number;
	}

	/**
	 * @return the ISO date ({@code YYYY-MM-DD}) between {@link #MIN_DATE} and
	 * {@link #MAX_DATE}, or {@code null} when empty or invalid
	 */
	LocalDate date(String column) {
		String value = text(column, Integer.MAX_VALUE);
		if (value == null) {
			return null;
		}
		LocalDate date;
		try {
			date = LocalDate.parse(value);
		}
		catch (DateTimeParseException ex) {
			fail(column, value, "imports.error.date");
			return null;
		}
		if (date.isBefore(MIN_DATE) || date.isAfter(MAX_DATE)) {
			fail(column, value, "imports.error.dateRange", MIN_DATE, MAX_DATE);
			return null;
		}
		return date;
	}

	/**
	 * @return the term ({@code YYYY-1} autumn, {@code YYYY-2} spring), or {@code null}
	 * when empty or invalid
	 */
	String term(String column) {
		String value = text(column, Integer.MAX_VALUE);
		if (value == null) {
			return null;
		}
		if (!TERM.matcher(value).matches()) {
			fail(column, value, "imports.error.term");
			return null;
		}
		return value;
	}

	/**
	 * Reports a problem found by the importer itself (a rule across columns).
	 */
	void reject(String column, String messageKey, Object... arguments) {
		fail(column, this.row.value(column), messageKey, arguments);
	}

	/**
	 * @return whether no cell of this row had a problem
	 */
	boolean valid() {
		return this.valid;
	}

	/**
	 * @return the columns whose cells were refused; what they hold is looked up nowhere
	 */
	Set<String> refusedColumns() {
		return Set.copyOf(this.refused);
	}

	private void fail(String column, String value, String messageKey, Object... arguments) {
		this.valid = false;
		this.refused.add(column);
		this.problems.add(this.row.number(), column, value, messageKey, arguments);
	}

	/**
	 * No control character but tab and line breaks (NUL cannot even be stored), and no
	 * half of a surrogate pair.
	 */
	static boolean allowedCharacters(String value) {
		return value.codePoints().allMatch(RowReader::allowed);
	}

	static String withoutControlCharacters(String value) {
		StringBuilder shown = new StringBuilder(value.length());
		value.codePoints().forEach((c) -> shown.appendCodePoint(allowed(c) ? c : REPLACEMENT));
		return shown.toString();
	}

	private static boolean allowed(int c) {
		if (c == '\t' || c == '\n' || c == '\r') {
			return true;
		}
		return !Character.isISOControl(c) && !(c >= Character.MIN_SURROGATE && c <= Character.MAX_SURROGATE);
	}

}
