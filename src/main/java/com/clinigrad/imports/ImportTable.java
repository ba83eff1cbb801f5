package com.clinigrad.imports;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A file as read: its header names (trimmed, lower case) and its data rows.
 *
 * @param header the header names in file order
 * @param rows the data rows, blank ones included
 */
record ImportTable(List<String> header, List<Row> rows) {

	ImportTable {
		header = List.copyOf(header);
		rows = List.copyOf(rows);
	}

	/**
	 * Builds a table from header names and rows of raw cell values in header order.
	 * @param header the raw header cells
	 * @param rows each row's spreadsheet number and raw cells
	 */
	static ImportTable of(List<String> header, List<Map.Entry<Integer, List<String>>> rows) {
		List<String> names = header.stream().map(ImportTable::normalizeHeader).toList();
		List<Row> parsed = rows.stream().map((row) -> {
			Map<String, String> cells = new LinkedHashMap<>();
			List<String> values = row.getValue();
			for (int i = 0; i < names.size(); i++) {
				String value = (i < values.size() && values.get(i) != null) ? values.get(i).strip() : "";
				cells.putIfAbsent(names.get(i), value);
			}
			return new Row(row.getKey(), cells);
		}).toList();
		return new ImportTable(names, parsed);
	}

	static String normalizeHeader(String name) {
		return (name == null) ? "" : name.replace("\uFEFF", "").strip().toLowerCase(Locale.ROOT);
	}

	/**
	 * One data row.
	 *
	 * @param number the spreadsheet row number (the header is row 1)
	 * @param cells the trimmed values by header name; the first of repeated names
	 * @param refused the columns whose cells were refused when the row was read: they
	 * read as empty, so that the duplicate and reference checks never look up a value
	 * already reported as invalid
	 */
	record Row(int number, Map<String, String> cells, Set<String> refused) {

		Row {
			refused = Set.copyOf(refused);
		}

		Row(int number, Map<String, String> cells) {
			this(number, cells, Set.of());
		}

		/**
		 * @return the row as the checks after reading see it: refused cells empty
		 */
		Row refusing(Set<String> columns) {
			return columns.isEmpty() ? this : new Row(this.number, this.cells, columns);
		}

		/**
		 * @return the trimmed value, empty when the cell or the column is absent or the
		 * cell was refused
		 */
		String value(String column) {
			String value = this.cells.get(column);
			return (value != null && !this.refused.contains(column)) ? value : "";
		}

		/**
		 * @return whether the cell was refused when the row was read
		 */
		boolean refused(String column) {
			return this.refused.contains(column);
		}

		boolean blank() {
			return this.cells.values().stream().allMatch(String::isEmpty);
		}

	}

}
