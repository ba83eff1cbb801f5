package com.clinigrad.reports;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The annual report of a year as the page, the xlsx and the PDF show it: its tables in
 * the reader's language and, for each figure, the students behind it.
 *
 * @param programCode the program, or {@code null} for all
 * @param hospitalCode the hospital the report is narrowed to (a hospital office's), or
 * {@code null} for the university
 * @param scopeName the program and hospital in words
 * @param behind the student ids behind each figure
 */
public record AnnualReportBook(int year, String programCode, String hospitalCode, String scopeName,
		List<ReportTable> tables, Map<String, Set<Long>> behind) {

	public AnnualReportBook {
		tables = List.copyOf(tables);
		behind = Map.copyOf(behind);
	}

	/**
	 * @return the figure in words (table, row and column), or {@code null} for an unknown
	 * figure
	 */
	public String figureName(String figure) {
		for (ReportTable table : this.tables) {
			for (ReportTable.Row row : table.rows()) {
				for (int i = 0; i < row.cells().size(); i++) {
					if (figure.equals(row.cells().get(i).figure())) {
						return table.title() + " · " + row.label() + " · " + table.columns().get(i + 1).text();
					}
				}
			}
		}
		return null;
	}

	/**
	 * @return the students behind a figure, none for an unknown figure
	 */
	public Set<Long> behind(String figure) {
		return this.behind.getOrDefault(figure, Set.of());
	}

}
