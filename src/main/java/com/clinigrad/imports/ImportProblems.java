package com.clinigrad.imports;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The problems found in a file, as message keys until the caller's language is known.
 */
final class ImportProblems {

	private final List<Problem> problems = new ArrayList<>();

	/**
	 * @param row the spreadsheet row (1 = header)
	 * @param column the column's contract name, or empty
	 * @param value the cell as read
	 * @param messageKey the message's key in the bundles
	 * @param arguments the message's arguments, shown as given
	 */
	void add(int row, String column, String value, String messageKey, Object... arguments) {
		Object[] texts = new Object[arguments.length];
		for (int i = 0; i < arguments.length; i++) {
			texts[i] = String.valueOf(arguments[i]);
		}
		this.problems.add(new Problem(row, column, (value != null) ? value : "", messageKey, texts));
	}

	/**
	 * Reports each non-empty cell of the column that names nothing known.
	 * @param known the codes that exist, looked up once for the whole file
	 */
	void unknownReferences(List<ImportTable.Row> rows, String column, Set<String> known, String messageKey) {
		for (ImportTable.Row row : rows) {
			String value = row.value(column);
			if (!value.isEmpty() && !known.contains(value)) {
				add(row.number(), column, value, messageKey, value);
			}
		}
	}

	boolean isEmpty() {
		return this.problems.isEmpty();
	}

	List<Problem> list() {
		return List.copyOf(this.problems);
	}

	/**
	 * One problem before translation.
	 */
	record Problem(int row, String column, String value, String messageKey, Object[] arguments) {
	}

}
