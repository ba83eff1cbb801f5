package com.clinigrad.imports;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Typed access to one data row's cells that records every problem it meets instead of
 * stopping at the first, so that an office sees all its corrections at once. Whether a
 * cell is required comes from the dataset's {@link ImportColumn}s.
 */
final class RowReader {

	private static final Pattern INTEGER = Pattern.compile("[+-]?\\d{1,9}");

	private static final Pattern DECIMAL = Pattern.compile("[+-]?\\d{1,6}(\\.\\d{1,2})?");

	private static final Pattern TERM = Pattern.compile("(19|20)\\d{2}-[12]");

	private final ImportTable.Row row;

	private final Map<String, ImportColumn> columns;

	private final ImportProblems problems;

	private boolean valid = true;

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
		if (value.length() > maxLength) {
			fail(column, value, "imports.error.tooLong", maxLength);
			return null;
		}
		return value;
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
		String value = text(column, Integer.MAX_VALUE);
		if (value == null) {
			return null;
		}
		if (!DECIMAL.matcher(value).matches()) {
			fail(column, value, "imports.error.decimal");
			return null;
		}
		BigDecimal number = new BigDecimal(value);
		if (number.compareTo(min) < 0 || number.compareTo(max) > 0) {
			fail(column, value, "imports.error.range", min.toPlainString(), max.toPlainString());
			return null;
		}
		return number;
	}

	/**
	 * @return the ISO date ({@code YYYY-MM-DD}), or {@code null} when empty or invalid
	 */
	LocalDate date(String column) {
		String value = text(column, Integer.MAX_VALUE);
		if (value == null) {
			return null;
		}
		try {
			return LocalDate.parse(value);
		}
		catch (DateTimeParseException ex) {
			fail(column, value, "imports.error.date");
			return null;
		}
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

	private void fail(String column, String value, String messageKey, Object... arguments) {
		this.valid = false;
		this.problems.add(this.row.number(), column, value, messageKey, arguments);
	}

}
