package com.clinigrad.imports;

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
