package com.clinigrad.imports;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;

/**
 * The problems found in a file, as message keys until the caller's language is known.
 * Keeps only the first {@code limit} problems in report order (by row, then by the
 * dataset's column order, then as found) and counts the others, so that a file of a
 * million bad rows costs a thousand problems in memory, not a million.
 */
final class ImportProblems {

	private final Map<String, Integer> columnOrder = new HashMap<>();

	private final int limit;

	/**
	 * The kept problems, the last in report order first, to drop it for an earlier one.
	 */
	private final PriorityQueue<Kept> kept;

	private int total;

	private long found;

	/**
	 * Keeps every problem (up to {@link ImportReport#MAX_ERRORS}), file-level ones first.
	 */
	ImportProblems() {
		this(List.of(), ImportReport.MAX_ERRORS);
	}

	/**
	 * @param columns the dataset's columns in the order a row's problems are reported
	 * @param limit how many problems to keep
	 */
	ImportProblems(List<String> columns, int limit) {
		for (int i = 0; i < columns.size(); i++) {
			this.columnOrder.putIfAbsent(columns.get(i), i);
		}
		this.limit = limit;
		this.kept = new PriorityQueue<>(Comparator.<Kept>naturalOrder().reversed());
	}

	/**
	 * @param row the spreadsheet row (1 = header)
	 * @param column the column's contract name, or empty
	 * @param value the cell as read
	 * @param messageKey the message's key in the bundles
	 * @param arguments the message's arguments, shown as given
	 */
	void add(int row, String column, String value, String messageKey, Object... arguments) {
		this.total++;
		String name = (column != null) ? column : "";
		Kept candidate = new Kept(row, this.columnOrder.getOrDefault(name, -1), this.found++, null);
		if (this.kept.size() >= this.limit) {
			if (this.limit == 0 || candidate.compareTo(this.kept.peek()) >= 0) {
				return;
			}
			this.kept.poll();
		}
		Object[] texts = new Object[arguments.length];
		for (int i = 0; i < arguments.length; i++) {
			texts[i] = String.valueOf(arguments[i]);
		}
		this.kept.add(candidate.with(new Problem(row, name, (value != null) ? value : "", messageKey, texts)));
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
		return this.total == 0;
	}

	/**
	 * @return how many problems were found, kept or not
	 */
	int total() {
		return this.total;
	}

	/**
	 * @return the kept problems in report order
	 */
	List<Problem> list() {
		List<Kept> sorted = new ArrayList<>(this.kept);
		sorted.sort(Comparator.naturalOrder());
		return sorted.stream().map(Kept::problem).toList();
	}

	/**
	 * One problem before translation.
	 */
	record Problem(int row, String column, String value, String messageKey, Object[] arguments) {
	}

	private record Kept(int row, int column, long found, Problem problem) implements Comparable<Kept> {

		Kept with(Problem problem) {
			return new Kept(this.row, this.column, this.found, problem);
		}

		@Override
		public int compareTo(Kept other) {
			int byRow = Integer.compare(this.row, other.row);
			if (byRow != 0) {
				return byRow;
			}
			int byColumn = Integer.compare(this.column, other.column);
			return (byColumn != 0) ? byColumn : Long.compare(this.found, other.found);
		}

	}

}
