package com.clinigrad.imports;

import java.util.List;

/**
 * A validated but unapplied file, for the preview page: the first rows as read, and the
 * report of what importing it would find.
 *
 * @param report the problems (none when the file can be imported); {@code applied} is 0
 * @param columns the dataset's columns found in the file, in the dataset's order
 * @param sample the first data rows, one value per column of {@code columns}
 * @param sampleRowNumbers the spreadsheet row number of each sample row
 * @param rows the number of data rows in the file
 */
public record ImportPreview(ImportReport report, List<String> columns, List<List<String>> sample,
		List<Integer> sampleRowNumbers, int rows) {

	public ImportPreview {
		columns = List.copyOf(columns);
		sample = List.copyOf(sample);
		sampleRowNumbers = List.copyOf(sampleRowNumbers);
	}

}
