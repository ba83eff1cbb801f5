package com.clinigrad.imports;

import java.util.List;

/**
 * What a dataset's file looks like, for the import page and the templates.
 *
 * @param name the dataset as the URL names it ({@code students})
 * @param columns its columns in the contract's order
 * @param key the columns that identify a row (its natural key)
 * @param example one example value per column, in the same order
 */
public record ImportDataset(String name, List<ImportColumn> columns, List<String> key, List<String> example) {

	public ImportDataset {
		columns = List.copyOf(columns);
		key = List.copyOf(key);
		example = List.copyOf(example);
	}

}
